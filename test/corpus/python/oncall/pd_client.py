"""Thin wrappers around python-pagerduty used by the on-call tooling."""
from __future__ import annotations

import logging
from functools import lru_cache

import pagerduty
import pdpyras

log = logging.getLogger(__name__)

DEFAULT_FROM = "oncall-tools@example.com"


@lru_cache(maxsize=1)
def rest() -> pagerduty.RestApiV2Client:
    return pagerduty.RestApiV2Client(
        "⟦pagerduty-rest-api-key|{pdkey}⟧",
        default_from=DEFAULT_FROM,
    )


@lru_cache(maxsize=1)
def events() -> pagerduty.EventsApiV2Client:
    return pagerduty.EventsApiV2Client("⟦pagerduty-events-key|{pdevents}⟧")


def change_session() -> pdpyras.ChangeEventsAPISession:
    # legacy deploy hook still on pdpyras
    return pdpyras.ChangeEventsAPISession("⟦pagerduty-events-key|{pdevents}⟧")


def oauth_client(client_id: str) -> pagerduty.OAuthTokenClient:
    return pagerduty.OAuthTokenClient("⟦pagerduty-oauth-client-secret|{alnum:44}⟧", client_id)
