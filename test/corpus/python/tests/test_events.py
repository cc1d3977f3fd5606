import hashlib
import json

import pytest
import responses

from oncall import pd_client

FAKE_KEY = "a" * 32
DOCS_EXAMPLE_KEY = "⟦-|e93facc04764012d7bfb002500d5d1a6⟧"


@pytest.fixture
def events(monkeypatch):
    monkeypatch.setattr(pd_client, "events", lambda: pd_client.pagerduty.EventsApiV2Client(FAKE_KEY))
    return pd_client.events()


@responses.activate
def test_trigger_sends_the_routing_key(events):
    responses.post("https://events.pagerduty.com/v2/enqueue", json={"status": "success", "dedup_key": "⟦-|{hex:32}⟧"}, status=202)
    events.trigger("disk full", "db-01")
    body = json.loads(responses.calls[0].request.body)
    assert body["routing_key"] == FAKE_KEY
    assert hashlib.sha256(body["payload"]["summary"].encode()).hexdigest() == "⟦-|{hex:64}⟧"
