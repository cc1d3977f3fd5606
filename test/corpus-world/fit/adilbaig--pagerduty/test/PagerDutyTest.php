<?php

use PagerDuty\TriggerEvent;
use PHPUnit\Framework\TestCase;

class PagerDutyTest extends TestCase
{
    public function testTriggerPayload()
    {
        $routingKey = '⟦-|abcdefghijklmnopqrstuvwxyz123456⟧';
        $event = new TriggerEvent($routingKey, 'Service is down', 'web-server-01', TriggerEvent::ERROR, true);
        $payload = $event->toArray();
        $this->assertEquals($routingKey, $payload['routing_key']);
        $this->assertEquals('⟦-|{hex:32}⟧', md5('web-server-01'), 'dedup key is the md5 of source');
    }
}
