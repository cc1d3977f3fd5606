datadog_api_key = "⟦-|{hex:32}⟧"
datadog_app_key = "⟦-|{hex:40}⟧"

pagerduty_api_token = "⟦pagerduty-rest-api-key|{pdkey}⟧"
pagerduty_services = {
  Managed_Cloud_-_Night   = "⟦pagerduty-events-key|{pdevents}⟧"
  Managed_Cloud_-_Office  = "⟦pagerduty-events-key|{pdevents}⟧"
}
