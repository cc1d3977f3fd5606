"""Audit: escalation policies that page nobody on level 1."""
import pagerduty

TOKEN = "⟦pagerduty-rest-api-key|{pdkey}⟧"

client = pagerduty.RestApiV2Client(TOKEN, default_from="audit@example.com")

for ep in client.iter_all("escalation_policies"):
    rules = ep.get("escalation_rules", [])
    if not rules or not rules[0]["targets"]:
        print(ep["id"], ep["summary"])
