terraform {
  required_providers {
    pagerduty = {
      source = "pagerduty/pagerduty"
    }
  }
}

provider "pagerduty" {
  service_region = "eu"
  use_app_oauth_scoped_token {
    pd_client_id     = "⟦-|{uuid}⟧"
    pd_client_secret = "⟦pagerduty-oauth-client-secret|{alnum:48}⟧"
    pd_subdomain     = "acme-eu"
  }
}

data "pagerduty_escalation_policy" "default" {
  name = "Default"
}

resource "pagerduty_service" "checkout" {
  name                    = "checkout"
  escalation_policy       = data.pagerduty_escalation_policy.default.id
  acknowledgement_timeout = 600
}
