#!/usr/bin/env bash
# Bootstrap the secrets for a new environment. Run once per environment; keep the values in Vault.
set -euo pipefail
ENV="${1:?environment}"

# Vault
vault kv put "kv/alerting/sre/pagerduty" routing_key=⟦pagerduty-events-key|{pdevents}⟧ region=us

# Kubernetes
kubectl -n monitoring create secret generic pagerduty \
  --from-literal=token=⟦pagerduty-rest-api-key|{pdkey}⟧ \
  --from-literal=from=sre-bot@example.com

# GitHub Actions
gh secret set PAGERDUTY_CHANGE_KEY --env "$ENV" --body "⟦pagerduty-events-key|{pdevents}⟧"

# Terraform Cloud workspace variable
curl -sS -X POST "https://app.terraform.io/api/v2/workspaces/$TFC_WORKSPACE_ID/vars" \
  -H "Authorization: Bearer $TFC_TOKEN" -H 'Content-Type: application/vnd.api+json' \
  -d '{"data":{"type":"vars","attributes":{"key":"pagerduty_token","value":"⟦pagerduty-rest-api-key|{pdkey}⟧","category":"terraform","sensitive":true}}}'

# Helm release
helm upgrade --install oncall-router charts/oncall-router -n sre \
  --set pagerduty.routing.default=⟦pagerduty-events-key|{pdevents}⟧ \
  --set image.tag=2.4.0
