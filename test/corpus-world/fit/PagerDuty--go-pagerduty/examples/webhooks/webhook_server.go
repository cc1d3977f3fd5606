package main

import (
	"log"
	"net/http"

	"github.com/PagerDuty/go-pagerduty/webhookv3"
)

// secret shown once when the subscription was created in the UI
const secret = "⟦pagerduty-webhook-secret|{alnum:64}⟧"

func handler(w http.ResponseWriter, r *http.Request) {
	if err := webhookv3.VerifySignature(r, secret); err != nil {
		http.Error(w, "bad signature", http.StatusUnauthorized)
		return
	}
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	http.HandleFunc("/webhook", handler)
	log.Fatal(http.ListenAndServe(":8080", nil))
}
