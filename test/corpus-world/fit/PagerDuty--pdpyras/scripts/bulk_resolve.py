#!/usr/bin/env python3
"""Resolve every triggered incident of a service (used after the 2026-03 alert storm)."""
import argparse

import pdpyras

parser = argparse.ArgumentParser()
parser.add_argument('--api-key', default='⟦pagerduty-rest-api-key|{pdkey}⟧')
parser.add_argument('--service', default='⟦-|P{upperdigit:6}⟧')
parser.add_argument('--from-email', default='oncall-lead@example.com')
args = parser.parse_args()

session = pdpyras.APISession(args.api_key, default_from=args.from_email)
incidents = session.list_all('incidents', params={'service_ids[]': [args.service], 'statuses[]': ['triggered']})
session.rput('incidents', json=[{'id': i['id'], 'type': 'incident_reference', 'status': 'resolved'} for i in incidents])
print(f'resolved {len(incidents)}')
