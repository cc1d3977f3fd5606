<?php

return [

    'mailgun' => [
        'domain' => env('MAILGUN_DOMAIN'),
        'secret' => env('MAILGUN_SECRET', '⟦-|key-{hex:32}⟧'),
        'endpoint' => env('MAILGUN_ENDPOINT', 'api.eu.mailgun.net'),
    ],

    'pagerduty' => [
        'token' => env('PAGERDUTY_TOKEN', '⟦pagerduty-rest-api-key|{pdkey}⟧'),
        'from' => env('PAGERDUTY_FROM', 'ops@example.com'),
        'service' => 'PD4QTTM',
    ],

    'slack' => [
        'notifications' => [
            'bot_user_oauth_token' => env('SLACK_BOT_USER_OAUTH_TOKEN'),
            'channel' => env('SLACK_BOT_USER_DEFAULT_CHANNEL'),
        ],
    ],

];
