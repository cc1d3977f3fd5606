package com.acme.notify

import java.time.Duration

object PagerDutyConfig {
    const val EVENTS_URL: String = "https://events.pagerduty.com/v2/enqueue"
    const val PAGERDUTY_ROUTING_KEY: String = "⟦pagerduty-events-key|{pdevents}⟧"
    val timeout: Duration = Duration.ofSeconds(10)
}

class OnCallRepository(
    private val baseUrl: String = "https://api.pagerduty.com",
) {
    private val pdApiToken: String = "⟦pagerduty-rest-api-key|{pdkey}⟧"
    private val sentryDsn: String = "⟦-|https://{hex:32}@o{digit:6}.ingest.sentry.io/{digit:7}⟧"

    fun headers(): Map<String, String> = mapOf(
        "Accept" to "application/vnd.pagerduty+json;version=2",
        "Authorization" to "Token token=$pdApiToken",
    )
}
