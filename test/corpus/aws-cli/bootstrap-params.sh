#!/usr/bin/env bash
# One-off: seed the parameters the alerting stack reads at boot. Values were pasted from
# the PagerDuty UI on 2024-03-02; delete this file once the params exist.
set -euo pipefail
export AWS_REGION=eu-west-1

aws ssm put-parameter \
  --name "/prod/pagerduty/routing-key" \
  --value "⟦pagerduty-events-key|{pdevents}⟧" \
  --type SecureString \
  --overwrite

aws ssm put-parameter --name /prod/pagerduty/api-token --type SecureString --value '⟦pagerduty-rest-api-key|{pdkey}⟧' --overwrite

aws ssm put-parameter \
  --name "/prod/datadog/api-key" \
  --value "⟦-|{hex:32}⟧" \
  --type SecureString

aws secretsmanager create-secret \
  --name pagerduty_integration_keys \
  --description "Events API v2 keys per alert source" \
  --secret-string '{"core_alerts_cloudwatch":"⟦pagerduty-events-key|{pdevents}⟧","guardduty":"⟦pagerduty-events-key|{pdevents}⟧"}'
