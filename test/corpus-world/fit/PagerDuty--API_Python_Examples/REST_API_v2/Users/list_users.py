#!/usr/bin/env python
import requests

# your REST API key
API_KEY = '⟦pagerduty-rest-api-key|{pdkey}⟧'

# filters
QUERY = ''
TEAM_IDS = []
INCLUDE = []


def list_users():
    url = 'https://api.pagerduty.com/users'
    headers = {
        'Accept': 'application/vnd.pagerduty+json;version=2',
        'Authorization': 'Token token={token}'.format(token=API_KEY)
    }
    payload = {'query': QUERY, 'team_ids[]': TEAM_IDS, 'include[]': INCLUDE}
    r = requests.get(url, headers=headers, params=payload)
    print(r.json())


if __name__ == '__main__':
    list_users()
