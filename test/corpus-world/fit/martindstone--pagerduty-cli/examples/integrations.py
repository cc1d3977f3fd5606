#!/usr/bin/env python3
# Lists every service's integrations (id, type, key or e-mail) into a CSV file.
import csv
import json
import subprocess
import argparse

parser = argparse.ArgumentParser('Get integrations for all services')
parser.add_argument('-o', '--output_file', help="File to write CSV results", required=True)
parser.add_argument('-b', '--token', help="PagerDuty API token (default: the pd CLI's default domain)")
args = parser.parse_args()

def runcmd(cmd):
  r = subprocess.run(cmd, shell=True, capture_output=True)
  return json.loads(r.stdout)

auth = f"-b {args.token}" if args.token else ""
services = runcmd(f"pd rest fetch {auth} -e services -P \"include[]=integrations\"")

with open(args.output_file, 'w') as f:
  w = csv.writer(f)
  w.writerow(['service id', 'service', 'integration id', 'integration', 'type', 'key'])
  for s in services:
    for i in s['integrations']:
      w.writerow([s['id'], s['name'], i['id'], i['summary'], i['type'], i.get('integration_key', i.get('integration_email'))])
