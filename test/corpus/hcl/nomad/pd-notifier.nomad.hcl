job "pd-notifier" {
  datacenters = ["eu-west-1a", "eu-west-1b"]
  type        = "service"

  group "notifier" {
    count = 2

    network {
      port "http" { to = 8080 }
    }

    task "notifier" {
      driver = "docker"

      config {
        image = "registry.internal/sre/pd-notifier:1.3.1"
        ports = ["http"]
      }

      env {
        LOG_LEVEL             = "info"
        PAGERDUTY_ROUTING_KEY = "⟦pagerduty-events-key|{pdevents}⟧"
        BUILD_SHA             = "⟦-|{hex:40}⟧"
      }

      template {
        destination = "secrets/pd.env"
        env         = true
        data        = <<EOT
PAGERDUTY_API_TOKEN={{ with secret "kv/data/pagerduty" }}{{ .Data.data.api_token }}{{ end }}
EOT
      }

      resources {
        cpu    = 200
        memory = 128
      }
    }
  }
}
