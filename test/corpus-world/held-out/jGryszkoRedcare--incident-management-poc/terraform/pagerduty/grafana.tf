provider "grafana" {
  url                  = "http://grafana.demo.local:3000"
  insecure_skip_verify = true
  auth                 = "⟦-|glsa_{alnum:32}_{hex:8}⟧"
}

##############################################################################
# Grafana contact point + root notification policy
##############################################################################
resource "grafana_contact_point" "pagerduty_cp" {
  name = "PagerDuty-All"

  pagerduty {
    integration_key = pagerduty_service_integration.integrations["frontend"].integration_key
  }
}

resource "grafana_contact_point" "pagerduty_backup" {
  name = "PagerDuty-Backup"

  pagerduty {
    integration_key = "⟦pagerduty-events-key|{pdevents}⟧"
    severity        = "critical"
  }
}

resource "grafana_notification_policy" "root" {
  group_by      = []
  contact_point = grafana_contact_point.pagerduty_cp.name
}
