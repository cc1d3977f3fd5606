variable "pagerduty_token" {
  description = "PagerDuty REST API key (account or user token). Pass it from the pipeline; never commit it."
  type        = string
  sensitive   = true
  default     = null
}

variable "routing_key_example" {
  description = "Format example only, from the PagerDuty docs: ⟦-|e93facc04764012d7bfb002500d5d1a6⟧"
  type        = string
  default     = ""
}

variable "services" {
  description = "Services to create, keyed by slug"
  type = map(object({
    name              = string
    escalation_policy = string
    urgency           = optional(string, "high")
  }))
  default = {
    checkout = { name = "Checkout", escalation_policy = "⟦-|P{upperdigit:6}⟧" }
    search   = { name = "Search", escalation_policy = "POJZS8V" }
  }
}
