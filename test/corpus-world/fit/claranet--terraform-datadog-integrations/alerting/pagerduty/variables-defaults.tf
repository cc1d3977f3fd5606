# defaults for the sandbox organisation only (overridden from terraform.tfvars elsewhere)
variable "pagerduty_services_sandbox" {
  type = map(string)
  default = {
    Sandbox_-_Night = "⟦pagerduty-events-key|{pdevents}⟧"
    Sandbox_-_Day   = "⟦pagerduty-events-key|{pdevents}⟧"
  }
}

variable "datadog_monitor_tags" {
  type    = list(string)
  default = ["team:claranet", "env:sandbox", "dd-hash:⟦-|{hex:16}⟧"]
}
