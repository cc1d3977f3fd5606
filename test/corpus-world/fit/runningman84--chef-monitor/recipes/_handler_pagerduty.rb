#
# Cookbook Name:: monitor
# Recipe:: _handler_pagerduty
#

unless node['monitor']['pagerduty_api_key'].nil?

  sensu_gem 'sensu-plugins-pagerduty' do
    version node['monitor']['sensu_gem_versions']['sensu-plugins-pagerduty']
  end

  sensu_snippet 'pagerduty' do
    content(api_key: node['monitor']['pagerduty_api_key'])
  end

  include_recipe 'monitor::_filters'

  sensu_handler 'pagerduty' do
    type 'pipe'
    command 'handler-pagerduty.rb'
    filters ['occurrences']
  end
end
