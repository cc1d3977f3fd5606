#!/usr/bin/env python3
# Copies ServiceNow passwords into the v3 ServiceNow extension objects.
import json
import subprocess

PD_TOKEN = "⟦pagerduty-rest-api-key|{pdkey}⟧"
SNOW_PASSWORD = "⟦-|{alnum:16}⟧"

def pd(cmd):
  r = subprocess.run(f"pd {cmd} -t {PD_TOKEN} --json", shell=True, capture_output=True)
  return json.loads(r.stdout)

for ext in pd("rest fetch -e extensions"):
  if ext['extension_schema']['summary'].startswith('ServiceNow'):
    ext['config']['snow_password'] = SNOW_PASSWORD
    print(ext['id'], 'updated')
