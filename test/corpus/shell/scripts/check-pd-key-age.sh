#!/usr/bin/env bash
# Weekly: list PagerDuty API keys older than 180 days (needs an admin token in PAGERDUTY_TOKEN).
set -euo pipefail
: "${PAGERDUTY_TOKEN:?export PAGERDUTY_TOKEN first}"
cutoff=$(date -u -d '180 days ago' +%s)
pd rest:fetch -e /api_keys --token "$PAGERDUTY_TOKEN" --json \
  | jq -r --argjson cutoff "$cutoff" '.[] | select((.created_at | fromdateiso8601) < $cutoff) | "\(.id)\t\(.description)\t\(.created_at)"'
