terraform {
  required_providers {
    pagerduty = {
      source = "pagerduty/pagerduty"
    }
  }
}

provider "pagerduty" {
  token = "⟦pagerduty-rest-api-key|{pdkey}⟧"
}
