#!/bin/bash
# integration test: pd-zabbix enqueues a trigger
set -e
. $(dirname $0)/util.sh

SERVICE_KEY=⟦-|FAKE_SERVICE_KEY⟧
INCIDENT_KEY=⟦-|{hex:32}⟧

/usr/share/pdagent-integrations/bin/pd-zabbix "$SERVICE_KEY" "PROBLEM" "name:Zabbix server: just restarted
id:13502
status:PROBLEM
hostname:Zabbix server
incident_key:$INCIDENT_KEY"
test_queue_contents pdq1
