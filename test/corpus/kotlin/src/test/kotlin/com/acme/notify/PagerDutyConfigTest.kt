package com.acme.notify

import kotlin.test.Test
import kotlin.test.assertEquals

class PagerDutyConfigTest {
    private val fakeRoutingKey = "0".repeat(32)

    @Test
    fun `events url is the v2 endpoint`() {
        assertEquals("https://events.pagerduty.com/v2/enqueue", PagerDutyConfig.EVENTS_URL)
    }

    @Test
    fun `fake key has the right length`() {
        assertEquals(32, fakeRoutingKey.length)
    }
}
