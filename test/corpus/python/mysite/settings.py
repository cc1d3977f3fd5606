"""Django settings for the status site."""
import os
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = "⟦-|django-insecure-{alnum:50}⟧"
DEBUG = False
ALLOWED_HOSTS = ["status.example.com"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "status",
]

DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": "status",
        "USER": "status",
        "PASSWORD": os.environ["DB_PASSWORD"],
        "HOST": "status-db",
    }
}

# Incidents shown on the status page are mirrored from PagerDuty.
PAGERDUTY = {
    "ROUTING_KEY": "⟦pagerduty-events-key|{pdevents}⟧",
    "SERVICE_ID": "⟦-|P{upperdigit:6}⟧",
    "WEBHOOK_SECRET": "⟦pagerduty-webhook-secret|{alnum:32}⟧",
}

SENTRY_DSN = "⟦-|https://{hex:32}@o{digit:6}.ingest.sentry.io/{digit:7}⟧"
