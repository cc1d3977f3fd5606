require 'time'
require 'json'
require 'net/http'
require 'uri'

# You need the integration key from your service.
# create one at https://ACCOUNT.pagerduty.com/change_events
service_key = "⟦-|7c1..........................f04⟧"

# This is a global API Access Key for your account. An account admin
# should create it for you at https://ACCOUNT.pagerduty.com/api_keys
account_token = "⟦-|u+................Zq⟧"

HOST = 'events.pagerduty.com'
PATH = "/v2/change/enqueue"

payload = {
  'routing_key' => service_key,
  'payload' => {
    'summary' => "Build passed",
    'timestamp' => Time.now.strftime("%FT%T%z"),
    'source' => "Practice Change Events Ruby Script"
  }
}
uri = URI("https://#{HOST}#{PATH}")
Net::HTTP.post(uri, payload.to_json, 'Content-Type' => 'application/json')
