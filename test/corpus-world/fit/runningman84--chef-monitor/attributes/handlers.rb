# pagerduty
default['monitor']['pagerduty_api_key'] = nil

# graphite
default['monitor']['graphite_address'] = nil
default['monitor']['graphite_port'] = nil

# mailer
default['monitor']['mail_from'] = 'sensu@localhost'
default['monitor']['mail_to'] = 'root@localhost'
