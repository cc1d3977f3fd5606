#!/usr/bin/env ruby
# Usage: cron_failure.rb "<job name>"  (called from crontab on the batch host)
require "pagerduty"

pd = Pagerduty.build(integration_key: "⟦pagerduty-events-key|{pdevents}⟧", api_version: 2)
incident = pd.trigger(
  summary: "cron job #{ARGV[0]} failed on batch-01",
  source: "batch-01",
  severity: "warning",
  dedup_key: "⟦-|{hex:40}⟧",
)
puts incident.incident_key
