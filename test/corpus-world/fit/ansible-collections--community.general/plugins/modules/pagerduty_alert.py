#!/usr/bin/python
# Copyright Ansible Project
# GNU General Public License v3.0+ (see LICENSES/GPL-3.0-or-later.txt)

DOCUMENTATION = r"""
module: pagerduty_alert
short_description: Trigger, acknowledge or resolve PagerDuty incidents
description:
  - Sends events that open, acknowledge or close PagerDuty incidents.
options:
  api_key:
    type: str
    description:
      - A read-only REST API key of the account.
  integration_key:
    type: str
    description:
      - Integration key of the service's events integration.
  service_id:
    type: str
    description:
      - The service's ID.
  state:
    type: str
    required: true
    choices: ["triggered", "acknowledged", "resolved"]
"""

EXAMPLES = r"""
- name: Trigger an incident with just the basic options
  community.general.pagerduty_alert:
    name: companyabc
    integration_key: ⟦-|xxx⟧
    api_key: ⟦-|your-api-key⟧
    service_id: PDservice
    state: triggered
    desc: problem that led to this trigger

- name: Trigger an incident with more options
  community.general.pagerduty_alert:
    integration_key: ⟦-|xxx⟧
    api_key: ⟦-|your-api-key⟧
    service_id: PDservice
    state: triggered
    desc: problem that led to this trigger
    incident_key: ⟦-|somekey⟧
    client: Sample Monitoring Service
    client_url: http://service.example.com

- name: Resolve an incident with incident_key
  community.general.pagerduty_alert:
    integration_key: ⟦-|xxx⟧
    state: resolved
    incident_key: ⟦-|{hex:32}⟧
"""
