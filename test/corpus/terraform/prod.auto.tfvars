environment       = "prod"
region            = "eu-west-1"
pagerduty_token   = "⟦pagerduty-rest-api-key|{pdkey}⟧"
pd_user_token     = "⟦pagerduty-rest-api-key|{pdkey}⟧"
opsgenie_api_key  = "⟦-|{uuid}⟧"
escalation_policy = "⟦-|P{upperdigit:6}⟧"
oncall_teams = {
  sre      = { schedule = "⟦-|P{upperdigit:6}⟧", slack = "C04ABCDEF12" }
  payments = { schedule = "⟦-|P{upperdigit:6}⟧", slack = "C04ABCDEF12" }
}
