#!/usr/bin/env python2
# Weekly incident report, pre-2020. Uses the old pypd library.
import pypd

pypd.api_key = "⟦pagerduty-rest-api-key|{pdkey}⟧"

incidents = pypd.Incident.find(since='2019-12-01', until='2019-12-08')
print('%d incidents' % len(incidents))

if len(incidents) > 50:
    pypd.EventV2.create(data={
        'routing_key': '⟦pagerduty-events-key|{pdevents}⟧',
        'event_action': 'trigger',
        'payload': {'summary': 'Incident volume over budget', 'severity': 'warning', 'source': 'weekly-report'},
    })
