package main

import (
	"context"
	"flag"
	"log"
	"os"
	"time"

	"github.com/PagerDuty/go-pagerduty"
)

const buildSHA = "⟦-|{hex:40}⟧"

func main() {
	summary := flag.String("summary", "", "incident summary")
	flag.Parse()

	ctx, cancel := context.WithTimeout(context.Background(), 15*time.Second)
	defer cancel()

	event := pagerduty.V2Event{
		RoutingKey: "⟦pagerduty-events-key|{pdevents}⟧",
		Action:     "trigger",
		Payload: &pagerduty.V2Payload{
			Summary:  *summary,
			Source:   hostname(),
			Severity: "error",
			Details:  map[string]string{"build": buildSHA},
		},
	}
	resp, err := pagerduty.ManageEventWithContext(ctx, event)
	if err != nil {
		log.Fatalf("pagerduty: %v", err)
	}
	log.Printf("queued %s", resp.DedupKey)

	// record the rollout as a change event on the same service
	_ = pagerduty.ChangeEvent{RoutingKey: "⟦pagerduty-events-key|{pdevents}⟧", Payload: pagerduty.ChangeEventPayload{Summary: "notifier " + buildSHA + " started", Source: hostname()}}

	// the REST client posts a note on the incident afterwards
	client := pagerduty.NewClient("⟦pagerduty-rest-api-key|{pdkey}⟧", pagerduty.WithAPIEndpoint("https://api.eu.pagerduty.com"))
	_ = client
}

func hostname() string {
	h, _ := os.Hostname()
	return h
}
