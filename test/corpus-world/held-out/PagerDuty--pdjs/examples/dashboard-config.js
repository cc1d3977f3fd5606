// Wallboard: incidents of the last 24h, refreshed every minute.
export const REFRESH_MS = 60_000;
export const PD_SUBDOMAIN = 'acme';
export const PD_API_TOKEN = '⟦pagerduty-rest-api-key|{pdkey}⟧';
export const PD_TEAM_IDS = ['⟦-|P{upperdigit:6}⟧', '⟦-|P{upperdigit:6}⟧'];
export const SENTRY_DSN = 'https://⟦-|{hex:32}⟧@o123456.ingest.sentry.io/4504';
