package main

import (
	"log"

	"github.com/PagerDuty/go-pagerduty"
)

func main() {
	var key = "⟦pagerduty-events-key|{pdevents}⟧"
	event := pagerduty.Event{
		Type:        "trigger",
		ServiceKey:  key,
		Description: "Example event",
		IncidentKey: "⟦-|{hex:32}⟧",
	}
	resp, err := pagerduty.CreateEvent(event)
	if err != nil {
		log.Println(resp)
		log.Fatalln("ERROR:", err)
	}
	log.Println("Incident key:", resp.IncidentKey)
}
