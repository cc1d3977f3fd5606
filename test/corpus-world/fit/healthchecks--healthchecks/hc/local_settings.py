# Site-specific settings for our self-hosted instance (kept out of the public repo... in theory).
DEBUG = False
SITE_ROOT = "https://hc.internal.example.net"
SITE_NAME = "Cron checks"
DEFAULT_FROM_EMAIL = "cron-checks@example.net"

EMAIL_HOST = "smtp.example.net"
EMAIL_HOST_USER = "cron-checks"
EMAIL_HOST_PASSWORD = "⟦-|{alnum:16}⟧"

# PagerDuty "simple install" app (Developer Mode -> My Apps)
PD_ENABLED = True
PD_APP_ID = "⟦-|P{upperdigit:6}⟧"

SLACK_CLIENT_ID = "⟦-|{digit:12}.{digit:13}⟧"
SLACK_CLIENT_SECRET = "⟦-|{hex:32}⟧"
