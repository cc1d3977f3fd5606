#!/usr/bin/env ruby
require 'pager_duty/connection'

pagerduty = PagerDuty::Connection.new('⟦pagerduty-rest-api-key|{pdkey}⟧')
response = pagerduty.get('oncalls', query_params: { 'schedule_ids[]' => ['⟦-|P{upperdigit:6}⟧'] })
response['oncalls'].each do |oncall|
  puts "#{oncall['escalation_level']}: #{oncall['user']['summary']}"
end
