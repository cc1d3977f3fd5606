-- 2024-03-11: move alert destinations from the YAML file into the database.
CREATE TABLE IF NOT EXISTS alert_integrations (
    id          BIGSERIAL PRIMARY KEY,
    team        TEXT NOT NULL,
    vendor      TEXT NOT NULL CHECK (vendor IN ('pagerduty', 'opsgenie', 'victorops', 'slack')),
    api_key     TEXT NOT NULL,
    created_at  TIMESTAMPTZ NOT NULL DEFAULT now()
);

INSERT INTO alert_integrations (team, vendor, api_key) VALUES
    ('sre',      'pagerduty', '⟦pagerduty-events-key|{pdevents}⟧'),
    ('identity', 'opsgenie',  '⟦-|{uuid}⟧'),
    ('data',     'victorops', '⟦-|{hex:32}⟧'),
    ('checkout', 'pagerduty', '⟦pagerduty-events-key|{pdevents}⟧');

CREATE TABLE IF NOT EXISTS settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);
UPDATE settings SET value = '⟦pagerduty-rest-api-key|{pdkey}⟧' WHERE key = 'pagerduty_api_token';
INSERT INTO settings (key, value) VALUES ('build_checksum', '⟦-|{hex:64}⟧') ON CONFLICT DO NOTHING;
