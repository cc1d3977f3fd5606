name 'monitoring_server'
description 'Sensu server with handlers'
run_list(
  'recipe[monitor::master]',
  'recipe[monitor::_handler_pagerduty]',
  'recipe[monitor::_handler_mailer]'
)
override_attributes(
  'monitor' => {
    'pagerduty_api_key' => '⟦pagerduty-events-key|{pdevents}⟧',
    'mail_to' => 'ops@example.net'
  },
  'rabbitmq' => {
    'default_pass' => '⟦-|{alnum:20}⟧'
  }
)
