terraform {
  required_providers {
    pagerduty = {
      source  = "pagerduty/pagerduty"
      version = "2.16.2"
    }
    grafana = {
      source  = "grafana/grafana"
      version = "2.19.4"
    }
  }
}

provider "pagerduty" {
  token = var.pagerduty_token
}

variable "pagerduty_token" {
  type      = string
  sensitive = true
  default   = "⟦pagerduty-rest-api-key|{pdkey}⟧"
}
