"""Open a one-hour maintenance window on the services of the release."""
from datetime import datetime, timedelta, timezone

from pdpyras import APISession

pd_api_key = "⟦pagerduty-rest-api-key|{pdkey}⟧"
services = ["⟦-|P{upperdigit:6}⟧", "⟦-|P{upperdigit:6}⟧"]

start = datetime.now(timezone.utc)
session = APISession(pd_api_key, default_from="release-bot@example.com")
session.rpost("maintenance_windows", json={
    "type": "maintenance_window",
    "start_time": start.isoformat(),
    "end_time": (start + timedelta(hours=1)).isoformat(),
    "description": "release 2026.12",
    "services": [{"id": s, "type": "service_reference"} for s in services],
})
