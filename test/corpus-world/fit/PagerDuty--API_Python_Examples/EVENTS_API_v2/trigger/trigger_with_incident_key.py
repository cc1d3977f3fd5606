#!/usr/bin/env python

import json
import requests

ROUTING_KEY = "⟦pagerduty-events-key|{pdevents}⟧" # events v2 integration key
INCIDENT_KEY = "⟦-|{hex:32}⟧" # dedup key

def trigger_incident():
    # Triggers a PagerDuty incident with a previously generated incident key
    header = {
        "Content-Type": "application/json"
    }

    payload = {
        "routing_key": ROUTING_KEY,
        "event_action": "trigger",
        "dedup_key": INCIDENT_KEY,
        "payload": {
            "summary": "Example alert on host1.example.com",
            "source": "monitoringtool:cloudvendor:central-region-dc-01:852559987:cluster/api-stats-prod-003",
            "severity": "critical"
        }
    }

    response = requests.post('https://events.pagerduty.com/v2/enqueue',
                            data=json.dumps(payload),
                            headers=header)

    if response.json()["status"] == "success":
        print('Incident Created')
    else:
        print(response.text)

if __name__ == '__main__':
    trigger_incident()
