name 'production'
description 'Production servers'
cookbook_versions('monitor' => '~> 0.0.6')
default_attributes(
  'monitor' => {
    'master_address' => 'sensu.prod.example.net',
    'pagerduty_api_key' => '⟦pagerduty-events-key|{pdevents}⟧',
    'graphite_address' => 'graphite.prod.example.net',
    'graphite_port' => 2003,
    'additional_client_attributes' => {
      'pager_team' => 'ops'
    }
  }
)
