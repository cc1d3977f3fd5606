#!/usr/bin/env python3
"""List escalation policies and their on-call levels (quick audit script)."""
import sys

import requests

# Update to match your API key
API_KEY = '⟦pagerduty-rest-api-key|{pdkey}⟧'
CACHE_KEY = '⟦-|{hex:32}⟧'


def list_escalation_policies(query=''):
    url = 'https://api.pagerduty.com/escalation_policies'
    headers = {
        'Accept': 'application/vnd.pagerduty+json;version=2',
        'Authorization': 'Token token={token}'.format(token=API_KEY),
    }
    payload = {'query': query, 'include[]': ['services', 'teams']}
    r = requests.get(url, headers=headers, params=payload, timeout=10)
    r.raise_for_status()
    for ep in r.json()['escalation_policies']:
        print(ep['id'], ep['name'])


if __name__ == '__main__':
    list_escalation_policies(*sys.argv[1:])
