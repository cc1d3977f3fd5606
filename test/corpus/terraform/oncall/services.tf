data "pagerduty_user" "leads" {
  for_each = toset(["dana@example.com", "lee@example.com", "sam@example.com"])
  email    = each.key
}

resource "pagerduty_schedule" "sre_primary" {
  name      = "SRE primary"
  time_zone = "Europe/London"

  layer {
    name                         = "Weekly"
    start                        = "2024-01-01T09:00:00Z"
    rotation_virtual_start       = "2024-01-01T09:00:00Z"
    rotation_turn_length_seconds = 604800
    users                        = [for u in data.pagerduty_user.leads : u.id]
  }
}

resource "pagerduty_escalation_policy" "sre" {
  name      = "SRE"
  num_loops = 2

  rule {
    escalation_delay_in_minutes = 15
    target {
      type = "schedule_reference"
      id   = pagerduty_schedule.sre_primary.id
    }
  }
}

resource "pagerduty_service" "platform" {
  name                    = "Platform"
  escalation_policy       = pagerduty_escalation_policy.sre.id
  alert_creation          = "create_alerts_and_incidents"
  acknowledgement_timeout = "null"

  incident_urgency_rule {
    type    = "constant"
    urgency = "high"
  }
}

resource "pagerduty_service_integration" "platform_prometheus" {
  name    = "Prometheus"
  service = pagerduty_service.platform.id
  vendor  = data.pagerduty_vendor.prometheus.id
}

data "pagerduty_vendor" "prometheus" {
  name = "Prometheus"
}
