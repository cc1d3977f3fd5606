#!/usr/bin/env python

import json
import requests

SERVICE_KEY = "⟦pagerduty-events-key|{pdevents}⟧" # events v1 integration key

def trigger_incident():
    headers = {'Content-type': 'application/json'}
    payload = {
        "service_key": SERVICE_KEY,
        "event_type": "trigger",
        "description": "Example alert on host1",
        "client": "Sample Monitoring Service",
        "client_url": "https://monitoring.service.com",
        "details": {"ping time": "1500ms", "load avg": 0.75}
    }
    response = requests.post('https://events.pagerduty.com/generic/2010-04-15/create_event.json',
                             data=json.dumps(payload), headers=headers)
    print(response.json())

if __name__ == '__main__':
    trigger_incident()
