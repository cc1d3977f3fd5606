terraform {
  required_version = ">= 1.6"
  required_providers {
    pagerduty = {
      source  = "PagerDuty/pagerduty"
      version = "~> 3.15"
    }
    datadog = {
      source  = "DataDog/datadog"
      version = "~> 3.40"
    }
  }
  backend "s3" {
    bucket = "acme-terraform-state"
    key    = "oncall/terraform.tfstate"
    region = "eu-west-1"
  }
}

provider "pagerduty" {
  # TODO(sre): move to PAGERDUTY_TOKEN in the pipeline, this is the old account key
  token          = "⟦pagerduty-rest-api-key|{pdkey}⟧"
  service_region = "eu"
}

provider "datadog" {
  api_key = "⟦-|{hex:32}⟧"
  app_key = "⟦-|{hex:40}⟧"
  api_url = "https://api.datadoghq.eu/"
}
