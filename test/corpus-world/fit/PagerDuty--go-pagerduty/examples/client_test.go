package main

import (
	"os"
	"testing"

	"github.com/PagerDuty/go-pagerduty"
)

// Smoke test against the sandbox account; skipped without the variable.
func TestListServices(t *testing.T) {
	token := os.Getenv("PAGERDUTY_SANDBOX_TOKEN")
	if token == "" {
		token = "⟦pagerduty-rest-api-key|{pdkey}⟧" // sandbox, read-only
	}
	client := pagerduty.NewClient(token)
	if _, err := client.ListServices(pagerduty.ListServiceOptions{}); err != nil {
		t.Fatal(err)
	}
}
