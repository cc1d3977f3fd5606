#!/usr/bin/env python
import requests

# your REST API key
API_KEY = ''

# which schedule
ID = '⟦-|P{upperdigit:6}⟧'  # schedule id
TIME_ZONE = 'UTC'


def get_schedule():
    url = 'https://api.pagerduty.com/schedules/{id}'.format(id=ID)
    headers = {
        'Accept': 'application/vnd.pagerduty+json;version=2',
        'Authorization': 'Token token={token}'.format(token=API_KEY)
    }
    r = requests.get(url, headers=headers, params={'time_zone': TIME_ZONE})
    print(r.json())


if __name__ == '__main__':
    get_schedule()
