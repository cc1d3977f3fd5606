const {event} = require('@pagerduty/pdjs');

const ROUTING_KEY = '⟦pagerduty-events-key|{pdevents}⟧';

async function main() {
  const res = await event({
    data: {
      routing_key: ROUTING_KEY,
      event_action: 'trigger',
      dedup_key: '⟦-|{hex:32}⟧',
      payload: {summary: 'Nightly export failed', source: 'export-worker', severity: 'error'},
    },
  });
  console.log(res.data);
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
