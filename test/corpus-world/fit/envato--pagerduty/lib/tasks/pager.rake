namespace :pager do
  desc "Send a test page to the on-call engineer"
  task test: :environment do
    pagerduty = Pagerduty.build(
      integration_key: "⟦pagerduty-events-key|{pdevents}⟧",
      api_version: 2,
      http_proxy: { host: "proxy.internal", port: 3128 }
    )
    incident = pagerduty.trigger(summary: "test page from rake", source: "rake", severity: "info")
    puts incident.incident_key
    incident.resolve
  end
end
