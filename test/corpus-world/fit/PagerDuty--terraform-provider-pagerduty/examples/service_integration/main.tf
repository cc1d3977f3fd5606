provider "pagerduty" {
  token = "⟦pagerduty-rest-api-key|{pdkey}⟧"
}

data "pagerduty_vendor" "cloudwatch" {
  name = "Amazon CloudWatch"
}

resource "pagerduty_service" "web" {
  name              = "web"
  escalation_policy = "⟦-|P{upperdigit:6}⟧"
}

resource "pagerduty_service_integration" "cloudwatch" {
  name    = data.pagerduty_vendor.cloudwatch.name
  service = pagerduty_service.web.id
  vendor  = data.pagerduty_vendor.cloudwatch.id
}

resource "aws_sns_topic_subscription" "pagerduty" {
  topic_arn              = aws_sns_topic.alarms.arn
  protocol               = "https"
  endpoint               = "https://events.pagerduty.com/integration/⟦pagerduty-events-key|{pdevents}⟧/enqueue"
  endpoint_auto_confirms = true
}
