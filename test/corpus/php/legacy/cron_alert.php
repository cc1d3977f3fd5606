<?php
// Old cron check (2017). Replaced by App\Alerting\PagerDutyChannel, kept for the batch host.
require __DIR__ . '/../vendor/autoload.php';

use \PagerDuty\PagerDuty;

$pagerDuty = new PagerDuty("⟦pagerduty-events-key|{pdevents}⟧");
if (!check_exports()) {
    $pagerDuty->send($pagerDuty->makeRequest(PagerDuty::TYPE_TRIGGER, "Nightly export missing"));
}
