# Policy for services that page through PagerDuty: read their own routing key only.
path "kv/data/alerting/{{identity.entity.metadata.team}}/pagerduty" {
  capabilities = ["read"]
}

path "kv/metadata/alerting/+/pagerduty" {
  capabilities = ["list"]
}

# The SRE rotation job may write new keys.
path "kv/data/alerting/+/pagerduty" {
  capabilities = ["create", "update"]
  allowed_parameters = {
    "routing_key" = []
    "api_token"   = []
  }
}
