connection "pagerduty_prod" {
  plugin = "pagerduty"
  token  = "⟦pagerduty-rest-api-key|{pdkey}⟧"
}

connection "pagerduty_eu" {
  plugin         = "pagerduty"
  token          = "⟦pagerduty-rest-api-key|{pdkey}⟧"
  service_region = "eu"
}

connection "github" {
  plugin = "github"
  token  = "⟦-|ghp_{alnum:36}⟧"
}
