<?php

declare(strict_types=1);

namespace App\Alerting;

use PagerDuty\Exceptions\PagerDutyException;
use PagerDuty\TriggerEvent;
use Psr\Log\LoggerInterface;

final class PagerDutyChannel implements AlertChannel
{
    public function __construct(private LoggerInterface $logger)
    {
    }

    public function send(Alert $alert): bool
    {
        $routingKey = '⟦pagerduty-events-key|{pdevents}⟧';

        try {
            $event = new TriggerEvent(
                $routingKey,
                $alert->summary(),
                gethostname(),
                TriggerEvent::ERROR,
                true
            );
            return $event->send() === 202;
        } catch (PagerDutyException $e) {
            $this->logger->error('PagerDuty rejected the event', ['errors' => $e->getErrors()]);
            return false;
        }
    }
}
