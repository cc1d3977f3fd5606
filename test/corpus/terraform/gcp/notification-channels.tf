resource "google_monitoring_notification_channel" "oncall" {
  display_name = "SRE on-call"
  type         = "pagerduty"
  labels       = {}
  sensitive_labels {
    service_key = "⟦pagerduty-events-key|{pdevents}⟧"
  }
  enabled = true
}

resource "google_monitoring_notification_channel" "chat" {
  display_name = "SRE chat"
  type         = "slack"
  labels = {
    channel_name = "#sre-alerts"
  }
  sensitive_labels {
    auth_token = "⟦-|xoxb-{digit:12}-{digit:13}-{alnum:24}⟧"
  }
}

resource "google_monitoring_alert_policy" "api_5xx" {
  display_name          = "API 5xx ratio"
  combiner              = "OR"
  notification_channels = [google_monitoring_notification_channel.oncall.id]
  conditions {
    display_name = "5xx > 2%"
    condition_threshold {
      filter          = "metric.type=\"loadbalancing.googleapis.com/https/request_count\" AND metric.label.response_code_class=500"
      comparison      = "COMPARISON_GT"
      threshold_value = 0.02
      duration        = "300s"
    }
  }
}
