-- Keys moved to Vault (SRE-1820): keep only a reference and the last 4 characters for support.
ALTER TABLE alert_integrations ADD COLUMN vault_path TEXT;
ALTER TABLE alert_integrations ADD COLUMN key_last4 CHAR(4);
UPDATE alert_integrations
   SET vault_path = 'kv/alerting/' || team || '/' || vendor,
       key_last4  = right(api_key, 4);
ALTER TABLE alert_integrations DROP COLUMN api_key;
DELETE FROM settings WHERE key IN ('pagerduty_api_token', 'pagerduty_routing_key');
