-- restore the notification targets after the SQLite corruption (2026-10-14)
INSERT INTO notification (id, name, config, active, user_id, is_default) VALUES
  (1, 'PagerDuty - infra', '{"name":"PagerDuty - infra","type":"PagerDuty","pagerdutyIntegrationKey":"⟦pagerduty-events-key|{pdevents}⟧","pagerdutyIntegrationUrl":"https://events.pagerduty.com/v2/enqueue","pagerdutyPriority":"critical"}', 1, 1, 1),
  (2, 'Telegram ops', '{"name":"Telegram ops","type":"telegram","telegramBotToken":"⟦-|{digit:10}:{base64url:35}⟧","telegramChatID":"-100123456"}', 1, 1, 0);
