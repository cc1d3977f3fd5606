package com.acme.alerts;

import com.squareup.pagerduty.incidents.PagerDuty;
import systems.comodal.pagerduty.event.client.PagerDutyEventClient;

/** The two older event clients still used by the batch module; see PagerDutyAlerter for the new one. */
final class EventClients {
    private EventClients() {}

    static PagerDuty square() {
        return PagerDuty.create("⟦pagerduty-events-key|{pdevents}⟧");
    }

    static PagerDutyEventClient comodal() {
        return PagerDutyEventClient.build()
                .defaultClientName("batch")
                .defaultRoutingKey("⟦pagerduty-events-key|{pdevents}⟧")
                .create();
    }
}
