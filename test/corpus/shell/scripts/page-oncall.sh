#!/usr/bin/env bash
# page-oncall.sh — page the SRE on-call from a cron check or by hand.
#   usage: page-oncall.sh "summary" [severity]
set -euo pipefail

SUMMARY="${1:?summary required}"
SEVERITY="${2:-error}"
ROUTING_KEY="⟦pagerduty-events-key|{pdevents}⟧"
HOST="$(hostname -f)"

payload=$(jq -n --arg k "$ROUTING_KEY" --arg s "$SUMMARY" --arg sev "$SEVERITY" --arg h "$HOST" \
  '{routing_key: $k, event_action: "trigger", payload: {summary: $s, severity: $sev, source: $h}}')

curl -fsS -X POST https://events.pagerduty.com/v2/enqueue \
  -H 'Content-Type: application/json' \
  -d "$payload"

# also add a note to the open incident, if any
curl -fsS https://api.pagerduty.com/incidents?statuses%5B%5D=triggered \
  -H 'Accept: application/vnd.pagerduty+json;version=2' \
  -H "Authorization: Token token=⟦pagerduty-rest-api-key|{pdkey}⟧" | jq '.incidents[0].id'
