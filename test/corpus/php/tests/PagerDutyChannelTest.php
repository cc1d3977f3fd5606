<?php

namespace Tests\Alerting;

use App\Alerting\Alert;
use App\Alerting\PagerDutyChannel;
use PHPUnit\Framework\TestCase;
use Psr\Log\NullLogger;

final class PagerDutyChannelTest extends TestCase
{
    private const FAKE_KEY = 'REPLACE_ME_WITH_A_ROUTING_KEY';

    public function testSendReturnsFalseWhenPagerDutyRejects(): void
    {
        $channel = new PagerDutyChannel(new NullLogger());
        $this->assertFalse($channel->send(new Alert('summary', self::FAKE_KEY)));
    }
}
