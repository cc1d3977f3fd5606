# frozen_string_literal: true

# Pages the on-call engineer when a background job exhausts its retries.
require "pagerduty"

PAGERDUTY = Pagerduty.build(
  integration_key: ENV.fetch("PAGERDUTY_INTEGRATION_KEY", "⟦pagerduty-events-key|{pdevents}⟧"),
  api_version:     2,
)

Sidekiq.configure_server do |config|
  config.death_handlers << lambda do |job, ex|
    PAGERDUTY.trigger(
      summary:  "#{job['class']} died: #{ex.message}",
      source:   Socket.gethostname,
      severity: "error",
      custom_details: { jid: job["jid"] },
    )
  end
end
