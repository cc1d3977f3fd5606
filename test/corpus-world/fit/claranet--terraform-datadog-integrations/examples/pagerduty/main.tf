provider "datadog" {
  api_key = var.datadog_api_key
  app_key = var.datadog_app_key
  api_url = "https://api.datadoghq.eu/"
}

module "datadog-integrations-alerting-pagerduty" {
  source    = "claranet/integrations/datadog//alerting/pagerduty"
  subdomain = "claranet-eu"
  api_token = var.pagerduty_api_token
  services  = var.pagerduty_services
}

resource "datadog_monitor" "cpu" {
  name    = "CPU high on {{host.name}}"
  type    = "metric alert"
  query   = "avg(last_5m):avg:system.cpu.user{env:prod} by {host} > 90"
  message = "@pagerduty-Managed_Cloud_-_Night CPU is high"
}
