from __future__ import annotations

import json
from unittest.mock import Mock, patch

from hc.api.models import Channel, Check, Notification
from hc.test import BaseTestCase


class NotifyPdTestCase(BaseTestCase):
    def _setup_data(self, value: str, status: str = "down") -> None:
        self.check = Check(project=self.project)
        self.check.name = "Foo"
        self.check.status = status
        self.check.save()

        self.channel = Channel(project=self.project)
        self.channel.kind = "pd"
        self.channel.value = value
        self.channel.save()

    @patch("hc.api.transports.curl.request", autospec=True)
    def test_pd(self, mock_post: Mock) -> None:
        self._setup_data("⟦-|123⟧")
        mock_post.return_value.status_code = 200
        self.channel.notify(self.flip)
        payload = mock_post.call_args.kwargs["json"]
        self.assertEqual(payload["service_key"], "⟦-|123⟧")

    @patch("hc.api.transports.curl.request", autospec=True)
    def test_pd_complex(self, mock_post: Mock) -> None:
        self._setup_data(json.dumps({"service_key": "⟦-|456⟧", "account": "acme"}))
        mock_post.return_value.status_code = 200
        self.channel.notify(self.flip)
        self.assertEqual(mock_post.call_args.kwargs["json"]["service_key"], "⟦-|456⟧")
