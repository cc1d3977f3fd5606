package com.acme.pager

import sttp.client3._
import io.circe.syntax._
import io.circe.generic.auto._

final case class Payload(summary: String, source: String, severity: String)
final case class Event(routing_key: String, event_action: String, payload: Payload)

object PagerDutyNotifier {
  private val routingKey = "⟦pagerduty-events-key|{pdevents}⟧"
  private val backend = HttpClientSyncBackend()

  def trigger(summary: String): Unit = {
    val event = Event(routingKey, "trigger", Payload(summary, "incident-bridge", "error"))
    basicRequest
      .post(uri"https://events.pagerduty.com/v2/enqueue")
      .contentType("application/json")
      .body(event.asJson.noSpaces)
      .send(backend)
  }
}
