package pd

import (
	"errors"
	"os"

	"github.com/PagerDuty/go-pagerduty"
)

// New returns a REST client authenticated with $PAGERDUTY_TOKEN, or an OAuth client when
// $PAGERDUTY_OAUTH_TOKEN is set instead.
func New() (*pagerduty.Client, error) {
	if t := os.Getenv("PAGERDUTY_OAUTH_TOKEN"); t != "" {
		return pagerduty.NewOAuthClient(t), nil
	}
	t := os.Getenv("PAGERDUTY_TOKEN")
	if t == "" {
		return nil, errors.New("PAGERDUTY_TOKEN is not set")
	}
	opts := []pagerduty.ClientOptions{}
	if os.Getenv("PAGERDUTY_REGION") == "eu" {
		opts = append(opts, pagerduty.WithAPIEndpoint("https://api.eu.pagerduty.com"))
	}
	return pagerduty.NewClient(t, opts...), nil
}

// RoutingKey returns the Events API key for the given service slug from the environment.
func RoutingKey(service string) string {
	return os.Getenv("PD_ROUTING_KEY_" + service)
}
