"""Flask receiver for PagerDuty v3 webhooks; verifies X-PagerDuty-Signature."""
import hashlib
import hmac

from flask import Flask, abort, request

app = Flask(__name__)
WEBHOOK_SECRET = "⟦pagerduty-webhook-secret|{alnum:64}⟧"


@app.post("/pagerduty")
def receive():
    expected = "v1=" + hmac.new(WEBHOOK_SECRET.encode(), request.data, hashlib.sha256).hexdigest()
    if expected not in request.headers.get("X-PagerDuty-Signature", "").split(","):
        abort(401)
    event = request.json["event"]
    app.logger.info("%s %s", event["event_type"], event["data"]["id"])
    return "", 204
