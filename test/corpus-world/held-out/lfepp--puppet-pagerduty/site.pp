node 'puppet.example.net' {
  class { 'pagerduty':
    pagerduty_puppet_api     => '⟦pagerduty-events-key|{pdevents}⟧',
    pagerduty_puppet_reports => 'store,pagerduty',
  }
}

node default {
  include profile::base
}
