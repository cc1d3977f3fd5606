use std::env;

#[derive(Debug, Clone)]
pub struct Config {
    pub routing_key: String,
    pub region: Region,
}

#[derive(Debug, Clone, Copy)]
pub enum Region { Us, Eu }

impl Config {
    pub fn from_env() -> anyhow::Result<Self> {
        let routing_key = env::var("PD_ROUTING_KEY").map_err(|_| anyhow::anyhow!("PD_ROUTING_KEY is not set"))?;
        anyhow::ensure!(routing_key.len() == 32, "a PagerDuty routing key has 32 characters");
        let region = match env::var("PD_REGION").as_deref() { Ok("eu") => Region::Eu, _ => Region::Us };
        Ok(Self { routing_key, region })
    }
}
