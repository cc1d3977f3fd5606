provider "pagerduty" {
  token = var.pagerduty_token
}

module "alerting" {
  source       = "../.."
  service_name = "payments-api"
  first_level_user_emails  = var.first_level_user_emails
  second_level_user_emails = ["lead@example.com"]
}
