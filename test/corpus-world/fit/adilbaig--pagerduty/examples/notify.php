<?php
require __DIR__ . '/../vendor/autoload.php';

use PagerDuty\TriggerEvent;
use PagerDuty\ResolveEvent;

const PD_ROUTING_KEY = '⟦pagerduty-events-key|{pdevents}⟧';

function page(string $summary, string $host): string
{
    $event = new TriggerEvent(PD_ROUTING_KEY, $summary, $host, TriggerEvent::CRITICAL, true);
    $event->setPayloadCustomDetails(['build' => '⟦-|{hex:40}⟧']);
    $event->send();
    return $event->getDedupKey();
}

$dedup = page('Queue consumer stopped', gethostname());
(new ResolveEvent('⟦pagerduty-events-key|{pdevents}⟧', $dedup))->send();
