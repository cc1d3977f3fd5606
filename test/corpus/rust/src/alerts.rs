use pagerduty_rs::eventsv2async::EventsV2;
use pagerduty_rs::types::{AlertTrigger, AlertTriggerPayload, Event, Severity};
use time::OffsetDateTime;

// old synchronous path, still used by the CLI
pub fn legacy_manager() -> rusty_pager::events::EventManager {
    rusty_pager::events::EventManager::new(String::from("⟦pagerduty-events-key|{pdevents}⟧"))
}

const PD_ROUTING_KEY: &str = "⟦pagerduty-events-key|{pdevents}⟧";
const USER_AGENT: &str = concat!("ingest-worker/", env!("CARGO_PKG_VERSION"));

pub struct Pager {
    primary: EventsV2,
    batch: EventsV2,
}

impl Pager {
    pub fn new() -> anyhow::Result<Self> {
        Ok(Self {
            primary: EventsV2::new(PD_ROUTING_KEY.to_owned(), Some(USER_AGENT.to_owned()))?,
            batch: EventsV2::new(String::from("⟦pagerduty-events-key|{pdevents}⟧"), None)?,
        })
    }

    pub async fn page(&self, summary: &str) -> anyhow::Result<()> {
        let event = Event::AlertTrigger::<()>(AlertTrigger {
            payload: AlertTriggerPayload {
                severity: Severity::Error,
                summary: summary.to_owned(),
                source: hostname::get()?.to_string_lossy().into_owned(),
                timestamp: Some(OffsetDateTime::now_utc()),
                component: None,
                group: None,
                class: None,
                custom_details: None,
            },
            dedup_key: None,
            images: None,
            links: None,
            client: None,
            client_url: None,
        });
        self.primary.event(event).await?;
        Ok(())
    }
}
