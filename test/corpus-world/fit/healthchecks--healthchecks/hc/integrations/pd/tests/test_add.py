from __future__ import annotations

from django.test.utils import override_settings

from hc.api.models import Channel
from hc.test import BaseTestCase


@override_settings(PD_APP_ID=None)
class AddPdTestCase(BaseTestCase):
    def setUp(self) -> None:
        super().setUp()
        self.url = f"/projects/{self.project.code}/add_pd/"

    def test_it_works(self) -> None:
        # a key of the right length
        form = {"value": "⟦-|{digit:32}⟧"}

        self.client.login(username="alice@example.org", password="password")
        r = self.client.post(self.url, form)
        self.assertRedirects(r, self.channels_url)

        c = Channel.objects.get()
        self.assertEqual(c.kind, "pd")
        self.assertEqual(c.pd.service_key, c.value)

    def test_it_trims_whitespace(self) -> None:
        form = {"value": "   ⟦-|{digit:32}⟧   "}
        self.client.login(username="alice@example.org", password="password")
        self.client.post(self.url, form)
        self.assertEqual(Channel.objects.get().value, form["value"].strip())
