resource "grafana_contact_point" "sre" {
  name = "sre"

  pagerduty {
    integration_key = "⟦pagerduty-events-key|{pdevents}⟧"
    severity        = "critical"
    class           = "infra"
    component       = "kubernetes"
    summary         = "{{ template \"default.message\" . }}"
  }

  opsgenie {
    api_key           = "⟦-|{uuid}⟧"
    auto_close        = true
    override_priority = true
  }
}

resource "grafana_contact_point" "checkout" {
  name = "checkout"
  pagerduty {
    integration_key = "⟦pagerduty-events-key|{pdevents}⟧"
    severity        = "error"
  }
}

resource "grafana_contact_point" "security" {
  name = "security"

  webhook {
    url                 = "https://siem.internal.example.com/grafana"
    authorization_credentials = "⟦-|{hex:48}⟧"
  }
}
