resource "pagerduty_service_integration" "cart_events" {
  name    = "Events API v2"
  type    = "events_api_v2_inbound_integration"
  service = pagerduty_service.cart.id
}

resource "pagerduty_service_integration" "search_datadog" {
  name    = "Datadog"
  service = pagerduty_service.search.id
  vendor  = data.pagerduty_vendor.datadog.id
}

output "cart_integration_key" {
  value     = pagerduty_service_integration.cart_events.integration_key
  sensitive = true
}
