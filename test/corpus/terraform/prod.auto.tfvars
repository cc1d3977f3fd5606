environment       = "prod"
region            = "eu-west-1"
pagerduty_token   = "⟦pagerduty-rest-api-key|{pdkey}⟧"
pd_user_token     = "⟦pagerduty-rest-api-key|{pdkey}⟧"
opsgenie_api_key  = "⟦-|{uuid}⟧"
escalation_policy = "⟦-|P{upperdigit:6}⟧"
oncall_teams = {
  sre      = { schedule = "PNW8AUU", slack = "C04ABCDEF12" }
  payments = { schedule = "P87M4FH", slack = "C04ABCDEF12" }
}
pagerduty_routing_keys = {
  checkout = "⟦pagerduty-events-key|{pdevents}⟧"
  search   = "⟦pagerduty-events-key|{pdevents}⟧"
}
