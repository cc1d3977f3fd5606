# values for examples/oauth (the provider reads them as variables)
pagerduty_token   = "⟦pagerduty-rest-api-key|{pdkey}⟧"
escalation_policy = "⟦-|P{upperdigit:6}⟧"
team_id           = "⟦-|P{upperdigit:6}⟧"
pd_client_id      = "⟦-|{uuid}⟧"
pd_client_secret  = "⟦pagerduty-oauth-client-secret|{alnum:48}⟧"
