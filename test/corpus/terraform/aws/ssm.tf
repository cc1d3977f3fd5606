locals {
  prefix = "/${var.environment}/alerting"
}

resource "aws_ssm_parameter" "pagerduty_integration_key" {
  name        = "${local.prefix}/pd"
  description = "Events API v2 key of the checkout service"
  type        = "SecureString"
  value       = "⟦pagerduty-events-key|{pdevents}⟧"
  tags        = local.tags
}

resource "aws_ssm_parameter" "slack_webhook" {
  name  = "${local.prefix}/slack-webhook"
  type  = "SecureString"
  value = "⟦-|https://hooks.slack.com/services/T{upperdigit:8}/B{upperdigit:10}/{alnum:24}⟧"
}

resource "aws_secretsmanager_secret_version" "pd_rest" {
  secret_id     = aws_secretsmanager_secret.pagerduty.id
  secret_string = jsonencode({ token = "⟦pagerduty-rest-api-key|{pdkey}⟧", from = "sre-bot@example.com" })
}

resource "aws_sns_topic_subscription" "pagerduty" {
  topic_arn              = aws_sns_topic.alarms.arn
  protocol               = "https"
  endpoint               = "https://events.pagerduty.com/integration/⟦pagerduty-events-key|{pdevents}⟧/enqueue"
  endpoint_auto_confirms = true
}
