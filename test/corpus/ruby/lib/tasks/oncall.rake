# frozen_string_literal: true

namespace :oncall do
  desc "Print who is on call for the SRE schedule"
  task who: :environment do
    pagerduty = PagerDuty::Connection.new("acme", "⟦pagerduty-rest-api-key|{pdkey}⟧")
    oncalls = pagerduty.get("oncalls", schedule_ids: ["PSRE7Q2"], earliest: true)
    oncalls["oncalls"].each { |o| puts "#{o['escalation_level']}: #{o['user']['summary']}" }
  end
end
