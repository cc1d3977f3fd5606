# frozen_string_literal: true

RSpec.configure do |config|
  config.before(:each, :pagerduty) do
    stub_request(:post, "https://events.pagerduty.com/v2/enqueue")
      .to_return(status: 202, body: { status: "success", dedup_key: "spec-dedup" }.to_json)

    stub_request(:get, %r{\Ahttps://api\.pagerduty\.com/oncalls})
      .with(headers: { "Authorization" => "Token token=fake-token" })
      .to_return(status: 200, body: File.read("spec/fixtures/oncalls.json"))
  end
end
