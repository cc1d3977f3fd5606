connection "pagerduty" {
  plugin = "pagerduty"

  # REST API token (account or user); PAGERDUTY_TOKEN is used when unset
  # token = "⟦-|u+xxxxxxxxxxxxxxxxxx⟧"
}
