#!/usr/bin/env python3
"""Prints who is on call for every escalation policy (run by hand on the ops box)."""
import csv
import sys

from pdpyras import APISession

API_KEY = '⟦pagerduty-rest-api-key|{pdkey}⟧'
REPORT_POLICIES = ['⟦-|P{upperdigit:6}⟧', '⟦-|P{upperdigit:6}⟧']


def main():
    session = APISession(API_KEY, default_from='sre-bot@example.com')
    writer = csv.writer(sys.stdout)
    writer.writerow(['policy', 'level', 'user'])
    for oncall in session.iter_all('oncalls', params={'escalation_policy_ids[]': REPORT_POLICIES}):
        writer.writerow([oncall['escalation_policy']['summary'], oncall['escalation_level'], oncall['user']['summary']])


if __name__ == '__main__':
    main()
