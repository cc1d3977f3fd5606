#!/usr/bin/env bash
# Sends one test alert to the "shipping" service

curl -X POST https://events.pagerduty.com/v2/enqueue \
  -H "Content-Type: application/json" \
  -d '{
    "routing_key": "⟦pagerduty-events-key|{pdevents}⟧",
    "event_action": "trigger",
    "payload": {
      "summary": "Test alert for shipping service",
      "source": "shipping-api",
      "severity": "critical",
      "custom_details": {
        "service_tier": 1
      }
    }
  }'
