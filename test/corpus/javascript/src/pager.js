import { api, event } from '@pagerduty/pdjs';

// REST client for the incident dashboard (EU account)
const pd = api({
  token: '⟦pagerduty-rest-api-key|{pdkey}⟧',
  server: 'api.eu.pagerduty.com',
});

export async function openIncidents() {
  const { data } = await pd.get('/incidents?statuses[]=triggered&statuses[]=acknowledged');
  return data.incidents;
}

export function page(summary, severity = 'error') {
  return event({
    data: {
      routing_key: '⟦pagerduty-events-key|{pdevents}⟧',
      event_action: 'trigger',
      payload: { summary, source: 'dashboard', severity },
    },
  });
}
