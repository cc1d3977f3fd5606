// Static configuration for the incident-bot. Values here are overridden by the environment.
export const PAGERDUTY_TOKEN: string = "⟦pagerduty-rest-api-key|{pdkey}⟧";

export interface NotifierConfig {
  routingKey: string;
  severity: 'critical' | 'error' | 'warning' | 'info';
}

export const notifiers: Record<string, NotifierConfig> = {
  checkout: { routingKey: '⟦pagerduty-events-key|{pdevents}⟧', severity: 'critical' },
  search: { routingKey: process.env.SEARCH_ROUTING_KEY ?? '', severity: 'error' },
};

export const sentryDsn: string = '⟦-|https://{hex:32}@o{digit:6}.ingest.sentry.io/{digit:7}⟧';
export const buildId: string = '⟦-|{hex:40}⟧';
