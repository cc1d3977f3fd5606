#!/usr/bin/env python
# Copies the on-call calendar of the primary schedule into the team wiki every night.
import requests

FEED = '⟦pagerduty-ical-feed-url|https://acme.pagerduty.com/private/{alnum:20}/feed⟧/⟦-|P{upperdigit:6}⟧'
PUBLIC_EXAMPLE = 'webcal://acme.pagerduty.com/private/⟦-|ABCDEFGHIJKLMNOP⟧/feed'

ics = requests.get(FEED).text
with open('/srv/wiki/oncall.ics', 'w') as f:
    f.write(ics)
