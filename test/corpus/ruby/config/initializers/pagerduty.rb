# frozen_string_literal: true

require "pager_duty/connection"
require "pagerduty"

# REST API: used by the admin dashboard to show who is on call.
Rails.application.config.x.pagerduty_rest =
  PagerDuty::Connection.new("⟦pagerduty-rest-api-key|{pdkey}⟧", url: "https://api.eu.pagerduty.com")

# Events API: used by IncidentJob to page the payments service.
PAGER = Pagerduty.build(
  integration_key: "⟦pagerduty-events-key|{pdevents}⟧",
  api_version:     2,
)

Rails.application.config.x.pagerduty_service_id = "⟦-|P{upperdigit:6}⟧"
