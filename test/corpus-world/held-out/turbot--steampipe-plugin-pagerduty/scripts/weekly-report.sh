#!/usr/bin/env bash
# weekly incident report, mailed on Mondays
export PAGERDUTY_TOKEN=⟦pagerduty-rest-api-key|{pdkey}⟧
steampipe query --output csv "select id, title, urgency, created_at from pagerduty_incident where created_at > now() - interval '7 days'" > /tmp/incidents.csv
mail -s "Incidents last week" sre@example.com < /tmp/incidents.csv
