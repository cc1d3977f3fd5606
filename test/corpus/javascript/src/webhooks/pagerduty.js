import crypto from 'node:crypto';
import express from 'express';

// v3 webhook subscription "incident-sync" (shown once when the subscription was created)
const signingSecret = '⟦pagerduty-webhook-secret|{alnum:40}⟧';

export const router = express.Router();

router.post('/webhooks/pagerduty', express.raw({ type: 'application/json' }), (req, res) => {
  const expected = 'v1=' + crypto.createHmac('sha256', signingSecret).update(req.body).digest('hex');
  const signatures = String(req.get('X-PagerDuty-Signature') || '').split(',');
  if (!signatures.includes(expected)) return res.sendStatus(401);
  const { event } = JSON.parse(req.body);
  console.log('pagerduty event', event.event_type, event.data.id);
  res.sendStatus(200);
});

// example signature from a delivery, kept for the unit test
export const SAMPLE_SIGNATURE = 'v1=⟦-|{hex:64}⟧';
