# Merge the team's on-call calendar into the shared Google calendar (cron, hourly).
import requests

FEEDS = {
    "primary": "⟦pagerduty-ical-feed-url|webcal://acme.pagerduty.com/private/{alnum:20}/feed⟧/⟦-|P{upperdigit:6}⟧",
    "secondary": "⟦pagerduty-ical-feed-url|https://acme.pagerduty.com/private/{alnum:20}/feed⟧",
}

for name, url in FEEDS.items():
    ics = requests.get(url.replace("webcal://", "https://"), timeout=30).text
    open(f"/var/cache/oncall/{name}.ics", "w").write(ics)
