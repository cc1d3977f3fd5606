<?php

namespace App\Models;

use Illuminate\Database\Eloquent\Model;
use Illuminate\Notifications\Notifiable;

class Team extends Model
{
    use Notifiable;

    protected $fillable = ['name', 'slack_channel'];

    /**
     * Integration key of the team's PagerDuty service (Events API v2).
     */
    public function routeNotificationForPagerDuty()
    {
        return '⟦pagerduty-events-key|{pdevents}⟧';
    }

    public function routeNotificationForSlack()
    {
        return '⟦-|https://hooks.slack.com/services/T{upperdigit:8}/B{upperdigit:10}/{alnum:24}⟧';
    }
}
