#!/usr/bin/env bash
# basic bash starter template

# Your token. This is an Account-level credential
# https://youraccount.pagerduty.com/api_keys
TOKEN=⟦pagerduty-rest-api-key|{pdkey}⟧

# valid email for a user in your PagerDuty account
EMAIL=demo-admin@example.com

ENDPOINT=$1

curl -X GET --header 'Content-Type: application/json' \
--url https://api.pagerduty.com/$ENDPOINT \
--header 'Accept: application/vnd.pagerduty+json;version=2' \
--header "From: $EMAIL" \
--header "Authorization: Token token=$TOKEN"
