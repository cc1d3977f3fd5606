# site overrides imported by the plugin (mounted at /app/settings_local.py in the container)
PAGERDUTY_SERVICE_KEY = '⟦pagerduty-events-key|{pdevents}⟧'
SERVICE_KEY_MATCHERS = [
    {'regex': r'^k8s-', 'api_key': '⟦pagerduty-events-key|{pdevents}⟧'},
]
DASHBOARD_URL = 'https://alerta.example.net'
