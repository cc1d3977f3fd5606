#!/usr/bin/env bash
# Container health check: the notifier is healthy when it can reach PagerDuty and its
# config file has not been tampered with.
set -eu
: "${PD_ROUTING_KEY:=}"
EXPECTED_SHA256=⟦-|{hex:64}⟧
actual=$(sha256sum /etc/notifier/config.yaml | cut -d' ' -f1)
[ "$actual" = "$EXPECTED_SHA256" ] || { echo "config checksum mismatch"; exit 1; }
curl -fsS -o /dev/null --max-time 3 https://events.pagerduty.com/ || exit 1
echo "ok $(git -C /opt/notifier rev-parse HEAD 2>/dev/null || echo ⟦-|{hex:40}⟧)"
