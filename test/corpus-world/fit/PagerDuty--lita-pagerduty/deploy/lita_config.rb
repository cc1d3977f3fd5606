Lita.configure do |config|
  config.robot.name = "opsbot"
  config.robot.log_level = :info
  config.robot.adapter = :slack
  config.adapters.slack.token = "⟦-|xoxb-{digit:12}-{digit:13}-{alnum:24}⟧"

  config.redis[:url] = ENV.fetch("REDIS_URL", "redis://localhost:6379")

  config.handlers.pagerduty.api_key = "⟦pagerduty-rest-api-key|{pdkey}⟧"
  config.handlers.pagerduty.email   = "opsbot@example.com"
  config.handlers.pagerduty.teams   = ["⟦-|P{upperdigit:6}⟧"]
end
