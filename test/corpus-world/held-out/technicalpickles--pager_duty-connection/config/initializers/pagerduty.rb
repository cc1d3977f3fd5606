# frozen_string_literal: true

token = ENV.fetch("PAGERDUTY_TOKEN") { "⟦pagerduty-rest-api-key|{pdkey}⟧" }
$pagerduty = PagerDuty::Connection.new(token)
