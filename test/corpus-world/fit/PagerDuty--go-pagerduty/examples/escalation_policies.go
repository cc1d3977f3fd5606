package main

import (
	"context"
	"fmt"

	"github.com/PagerDuty/go-pagerduty"
)

const authToken = "⟦pagerduty-rest-api-key|{pdkey}⟧"

func main() {
	client := pagerduty.NewClient(authToken)
	ep, err := client.GetEscalationPolicyWithContext(context.Background(), "⟦-|P{upperdigit:6}⟧", &pagerduty.GetEscalationPolicyOptions{})
	if err != nil {
		panic(err)
	}
	fmt.Printf("%s (%s)\n", ep.Name, ep.ID)
}
