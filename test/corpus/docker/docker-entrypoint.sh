#!/bin/sh
set -e
# Render the config from the environment; fail early when the PagerDuty key is missing.
: "${PAGERDUTY_ROUTING_KEY:?PAGERDUTY_ROUTING_KEY must be set}"
envsubst '${PAGERDUTY_ROUTING_KEY} ${PAGERDUTY_REGION}' < /etc/notifier/config.yaml.tmpl > /etc/notifier/config.yaml
exec /usr/local/bin/notifier --config /etc/notifier/config.yaml "$@"
