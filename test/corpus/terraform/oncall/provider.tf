provider "pagerduty" {
  service_region = "eu"

  # Scoped OAuth app "terraform-oncall"; the secret comes from TF_VAR_pd_client_secret in CI.
  use_app_oauth_scoped_token {
    pd_client_id     = "⟦-|{uuid}⟧"
    pd_client_secret = var.pd_client_secret
    pd_subdomain     = "acme"
  }
}

variable "pd_client_secret" {
  type      = string
  sensitive = true
}
