#!/bin/sh
# Obtain a scoped OAuth token for the "reporting" app (client credentials grant)
curl -sS -X POST https://identity.pagerduty.com/oauth/token \
  -H "Content-Type: application/x-www-form-urlencoded" \
  -d "grant_type=client_credentials" \
  -d "client_id=⟦-|{uuid}⟧" \
  -d "client_secret=⟦pagerduty-oauth-client-secret|{alnum:48}⟧" \
  -d "scope=as_account-us.acme incidents.read services.read"
