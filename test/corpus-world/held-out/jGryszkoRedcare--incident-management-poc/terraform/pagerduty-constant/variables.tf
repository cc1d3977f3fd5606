variable "pagerduty_token" {
  description = "PagerDuty API token"
  type        = string
  default     = "⟦pagerduty-rest-api-key|{pdkey}⟧"
}

variable "services_csv" {
  description = "CSV of services to create"
  type        = string
  default     = "include_in_build/template.csv"
}

variable "escalation_policy_id" {
  type    = string
  default = "⟦-|P{upperdigit:6}⟧"
}
