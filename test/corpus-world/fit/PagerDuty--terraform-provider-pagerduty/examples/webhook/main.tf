data "pagerduty_service" "example" {
  name = "checkout"
}

resource "pagerduty_webhook_subscription" "status_bot" {
  delivery_method {
    type = "http_delivery_method"
    url  = "https://hooks.internal.example.com/pagerduty"
    custom_header {
      name  = "X-Bot-Auth"
      value = var.status_bot_auth_header
    }
  }
  description = "incident stream for the status bot"
  events      = ["incident.triggered", "incident.resolved"]
  active      = true
  filter {
    id   = data.pagerduty_service.example.id
    type = "service_reference"
  }
  type = "webhook_subscription"
}
