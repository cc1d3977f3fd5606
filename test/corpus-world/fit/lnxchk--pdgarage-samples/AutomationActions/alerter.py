import os
import requests

# runs inside the automation-actions runner; the key comes from the runner's environment
api_token = os.environ['PD_API_KEY']
FROM = 'automation@example.com'


def open_incidents(service_id):
    headers = {"Accept": "application/vnd.pagerduty+json;version=2",
               "Authorization": "Token token={}".format(api_token),
               "From": FROM}
    r = requests.get("https://api.pagerduty.com/incidents",
                     headers=headers, params={"service_ids[]": [service_id], "statuses[]": ["triggered"]})
    return r.json()["incidents"]


if __name__ == "__main__":
    print(len(open_incidents("⟦-|P{upperdigit:6}⟧")))
