#!/usr/bin/env python
#
# Copyright (c) 2016, PagerDuty, Inc.
# (BSD-style licence text trimmed)

import requests

# your REST API key
API_KEY = '⟦pagerduty-rest-api-key|{pdkey}⟧'

# filters
SINCE = ''
UNTIL = ''
STATUSES = ['triggered', 'acknowledged']
INCIDENT_KEY = '⟦-|{hex:32}⟧'
SERVICE_IDS = ['⟦-|P{upperdigit:6}⟧']
TEAM_IDS = []
TIME_ZONE = 'UTC'


def list_incidents():
    url = 'https://api.pagerduty.com/incidents'
    headers = {
        'Accept': 'application/vnd.pagerduty+json;version=2',
        'Authorization': 'Token token={token}'.format(token=API_KEY)
    }
    payload = {
        'since': SINCE,
        'until': UNTIL,
        'statuses[]': STATUSES,
        'incident_key': INCIDENT_KEY,
        'service_ids[]': SERVICE_IDS,
        'time_zone': TIME_ZONE,
    }
    r = requests.get(url, headers=headers, params=payload)
    print('Status Code: {code}'.format(code=r.status_code))
    print(r.json())


if __name__ == '__main__':
    list_incidents()
