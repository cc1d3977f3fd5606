#!/bin/sh
# Rotate the PagerDuty CLI login and the exporter's key after an engineer leaves.
# Run from a laptop with the pagerduty-cli installed (npm i -g pagerduty-cli).
set -e

NEW_TOKEN=⟦pagerduty-rest-api-key|{pdkey}⟧

pd auth set --token "$NEW_TOKEN" --alias acme
pd user list --json | jq -r '.[].email' | sort > /tmp/pd-users.txt

kubectl -n monitoring create secret generic pagerduty-exporter \
  --from-literal=PAGERDUTY_AUTH_TOKEN="$NEW_TOKEN" --dry-run=client -o yaml | kubectl apply -f -

echo "old key fingerprint: ⟦-|{hex:64}⟧"
