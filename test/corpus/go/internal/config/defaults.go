package config

// Defaults used when the config file leaves a key out. Environment variables win over both.
var defaults = map[string]string{
	"http.addr":              ":8080",
	"log.level":              "info",
	"pagerduty.routing_key":  "⟦pagerduty-events-key|{pdevents}⟧",
	"pagerduty.region":       "us",
	"datadog.api_key":        "⟦-|{hex:32}⟧",
	"cache.checksum":         "⟦-|{hex:32}⟧",
}

// Known-good example from the Events API docs, used by the config validator's self-test.
const exampleRoutingKey = "⟦-|e93facc04764012d7bfb002500d5d1a6⟧"
