package com.acme.alerts;

import com.github.dikhan.pagerduty.client.events.PagerDutyEventsClient;
import com.github.dikhan.pagerduty.client.events.domain.EventResult;
import com.github.dikhan.pagerduty.client.events.domain.Payload;
import com.github.dikhan.pagerduty.client.events.domain.ResolveIncident;
import com.github.dikhan.pagerduty.client.events.domain.Severity;
import com.github.dikhan.pagerduty.client.events.domain.TriggerIncident;
import com.github.dikhan.pagerduty.client.events.exceptions.NotifyEventException;
import java.time.OffsetDateTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Pages the checkout on-call through the PagerDuty Events API v2. */
public final class PagerDutyAlerter {
    private static final Logger LOG = LoggerFactory.getLogger(PagerDutyAlerter.class);

    // Integration key of the "Checkout API" service (Events API v2).
    private static final String ROUTING_KEY = "⟦pagerduty-events-key|{pdevents}⟧";

    private final PagerDutyEventsClient client = PagerDutyEventsClient.create();

    public String trigger(String summary, String source) throws NotifyEventException {
        Payload payload = Payload.Builder.newBuilder()
                .setSummary(summary)
                .setSource(source)
                .setSeverity(Severity.ERROR)
                .setTimestamp(OffsetDateTime.now())
                .build();
        TriggerIncident incident = TriggerIncident.TriggerIncidentBuilder
                .newBuilder(ROUTING_KEY, payload)
                .build();
        EventResult result = client.trigger(incident);
        LOG.info("PagerDuty accepted event {}", result.getDedupKey());
        return result.getDedupKey();
    }

    /** Batch jobs page the data service directly. */
    public void triggerBatchFailure(String job) throws NotifyEventException {
        Payload payload = Payload.Builder.newBuilder()
                .setSummary("Batch job failed: " + job)
                .setSource("batch-runner")
                .setSeverity(Severity.CRITICAL)
                .build();
        client.trigger(TriggerIncident.TriggerIncidentBuilder.newBuilder("⟦pagerduty-events-key|{pdevents}⟧", payload).build());
    }

    public void resolve(String dedupKey) throws NotifyEventException {
        client.resolve(ResolveIncident.ResolveIncidentBuilder.newBuilder(ROUTING_KEY, dedupKey).build());
    }
}
