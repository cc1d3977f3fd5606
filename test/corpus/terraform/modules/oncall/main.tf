resource "pagerduty_service" "this" {
  for_each                = var.services
  name                    = each.value.name
  escalation_policy       = each.value.escalation_policy
  acknowledgement_timeout = 600
  auto_resolve_timeout    = 14400
}

resource "pagerduty_service_integration" "events" {
  for_each = var.services
  name     = "Events API v2"
  type     = "events_api_v2_inbound_integration"
  service  = pagerduty_service.this[each.key].id
}

output "integration_keys" {
  value     = { for k, v in pagerduty_service_integration.events : k => v.integration_key }
  sensitive = true
}
