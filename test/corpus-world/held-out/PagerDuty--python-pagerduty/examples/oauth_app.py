import pagerduty

# App "incident-sync" (Scoped OAuth, client credentials)
CLIENT_ID = "⟦-|{uuid}⟧"
CLIENT_SECRET = "⟦pagerduty-oauth-client-secret|{alnum:48}⟧"

oauth = pagerduty.OAuthTokenClient(CLIENT_SECRET, CLIENT_ID)
client = oauth.rest_api_v2_client("acme", ["incidents.read", "services.read"])
print(client.rget("/incidents", params={"statuses[]": ["triggered"]}))
