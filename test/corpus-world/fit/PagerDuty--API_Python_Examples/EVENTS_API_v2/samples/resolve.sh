#!/bin/sh
# resolve the test incident opened by trigger.json
curl -sS -X POST https://events.pagerduty.com/v2/enqueue \
  -H 'Content-Type: application/json' \
  -d '{"routing_key":"⟦pagerduty-events-key|{pdevents}⟧","event_action":"resolve","dedup_key":"⟦-|{hex:32}⟧"}'
