resource "datadog_integration_pagerduty" "pagerduty" {
  subdomain = var.subdomain
  api_token = var.api_token
}

resource "datadog_integration_pagerduty_service_object" "service" {
  for_each = var.services

  depends_on   = [datadog_integration_pagerduty.pagerduty]
  service_name = each.key
  service_key  = each.value
}
