variable "pagerduty_token" {
  type        = string
  description = "PagerDuty API token."
  sensitive   = true
}

variable "first_level_user_emails" {
  type        = list(string)
  description = "E-mails of the first-level responders."
}
