#!/bin/sh
# tag every user of a team (token of the "acme-prod" domain, pasted from pd auth list)
PD_TOKEN=⟦pagerduty-rest-api-key|{pdkey}⟧
TEAM=⟦-|P{upperdigit:6}⟧
for u in $(pd team user list -b "$PD_TOKEN" -i "$TEAM" --json | jq -r '.[].user.id'); do
  pd tag assign -b "$PD_TOKEN" -n oncall-2026 --user_ids "$u"
done
