pagerduty_token = "⟦pagerduty-rest-api-key|{pdkey}⟧"
first_level_user_emails = ["a@example.com", "b@example.com"]
