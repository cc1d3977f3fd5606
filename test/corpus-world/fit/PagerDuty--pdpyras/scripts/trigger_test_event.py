import pdpyras

# integration "Generic Events API" on service "payments-staging"
session = pdpyras.EventsAPISession('⟦pagerduty-events-key|{pdevents}⟧')
dedup = session.trigger('Test event from the staging runbook', 'staging-runner-1',
                        custom_details={'build': '⟦-|{hex:40}⟧'})
print('triggered', dedup)
session.resolve(dedup)
