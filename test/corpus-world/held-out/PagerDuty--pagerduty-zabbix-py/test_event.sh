#!/bin/sh
# manual test of the alert script (run as the zabbix user)
/usr/lib/zabbix/alertscripts/pagerduty.py "⟦pagerduty-events-key|{pdevents}⟧" "PROBLEM" "name:test trigger
id:4242
status:PROBLEM
hostname:zbx-proxy-2
incident_key:⟦-|{hex:32}⟧"
