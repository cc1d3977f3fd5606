package com.acme.alerts;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PagerDutyAlerterTest {
    // Not real keys: the mock server accepts anything 32 characters long.
    private static final String FAKE_ROUTING_KEY = "⟦-|00000000000000000000000000000000⟧";
    private static final String PLACEHOLDER = "⟦-|ROUTING_KEY⟧";
    private static final String EXPECTED_BODY_MD5 = "⟦-|{hex:32}⟧";
    private static final String DEDUP_KEY = "⟦-|{hex:32}⟧";

    @Test
    void buildsTheDocumentedPayload() {
        var body = Fixtures.triggerBody(FAKE_ROUTING_KEY, "disk full", "db-01");
        assertThat(Fixtures.md5(body)).isEqualTo(EXPECTED_BODY_MD5);
    }

    @Test
    void resolvesByDedupKey() {
        assertThat(Fixtures.resolveBody(PLACEHOLDER, DEDUP_KEY)).contains("\"event_action\":\"resolve\"");
    }
}
