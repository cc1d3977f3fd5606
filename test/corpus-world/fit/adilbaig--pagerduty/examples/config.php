<?php
return [
    'db' => [
        'dsn' => 'mysql:host=127.0.0.1;dbname=shop',
        'password' => '⟦-|{alnum:16}⟧',
    ],
    'pagerduty' => [
        'routing_key' => '⟦pagerduty-events-key|{pdevents}⟧',
        'dedup_prefix' => 'shop-',
    ],
    'mailgun' => [
        'api_key' => '⟦-|key-{hex:32}⟧',
    ],
];
