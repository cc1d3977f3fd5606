# Datadog <-> PagerDuty: Datadog needs a PagerDuty REST key to list schedules, and one
# Events key per service object it pages.
resource "datadog_integration_pagerduty" "pd" {
  subdomain = "acme"
  api_token = "⟦pagerduty-rest-api-key|{pdkey}⟧"
  schedules = [
    "https://acme.pagerduty.com/schedules/PG8XUDJ",
  ]
}

resource "datadog_integration_pagerduty_service_object" "checkout" {
  service_name = "checkout"
  service_key  = "⟦pagerduty-events-key|{pdevents}⟧"
  depends_on   = [datadog_integration_pagerduty.pd]
}

resource "datadog_monitor" "checkout_latency" {
  name    = "Checkout p99 latency"
  type    = "metric alert"
  query   = "avg(last_5m):p99:trace.http.request{service:checkout} > 1.5"
  message = "p99 is high @pagerduty-checkout"
  tags    = ["team:checkout"]
}
