# Report processor integration with PagerDuty
class pagerduty(
  $pagerduty_puppet_api        = ⟦-|'CHANGEME'⟧,
  $pagerduty_puppet_reports    = undef,
  $pagerduty_puppet_pluginsync = undef,
) {

  package { 'redphone':
    ensure   => installed,
    provider => gem,
  }

  file { "${::facts['pd_puppet_conf_base']}/pagerduty.yaml":
    owner   => root,
    group   => root,
    mode    => '0644',
    content => template('pagerduty/pagerduty.yaml.erb'),
  }
}
