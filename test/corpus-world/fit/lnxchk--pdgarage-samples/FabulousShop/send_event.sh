# EXAMPLE:
# create a generic event on a service.
#
# Usage:
# ./send_event.sh event_db.json
# prints the request body and the response from the API.

# Your token. This is an Account-level credential
# https://youraccount.pagerduty.com/api_keys
TOKEN=$PD_API_KEY

# integration key of the global orchestration
export ROUTING_GLOBAL=⟦pagerduty-events-key|R{upperdigit:31}⟧

TEMPLATE=$1
data=`envsubst < $TEMPLATE`
echo $data

curl -X POST --header 'Content-Type: application/json' \
--url https://events.pagerduty.com/v2/enqueue \
--data "$data"
