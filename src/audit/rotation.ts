/**
 * What an incident responder does about each kind of credential: the rotation steps, in order, and
 * how long such a credential lives by itself. Knowledge about PagerDuty, kept as data by rule id
 * (the ids are stable forever); a rule from the user's own pattern files gets the general steps.
 */

export interface CredentialKind {
  /** In the table: short. */
  label: string;
  steps: string[];
  /** The longest a credential of this kind lives without being refreshed, in days; absent when it does not expire. */
  maxLifetimeDays?: number;
  /** In words, for the report. */
  lifetime?: string;
}

const REVIEW = 'Review the audit records (GET /audit/records, or Account Settings → Audit Records) for use of the credential while it was exposed.';
const HISTORY = 'Then remove it from the code and load it from a secret store; deleting the commit does not remove it from history, clones or forks.';

const KINDS: Record<string, CredentialKind> = {
  'pagerduty-rest-api-key': {
    label: 'REST API key',
    steps: [
      'Find whose key it is: an account key is listed under Integrations → Developer Tools → API Access Keys; a user token under that user\'s My Profile → User Settings → API Access.',
      'Create the replacement key and deploy it where the leaked one was used.',
      'Disable, then delete, the leaked key (an admin for account keys, the owner for user tokens).',
      REVIEW,
      HISTORY,
    ],
  },
  'pagerduty-oauth-token': {
    label: 'Scoped OAuth token',
    steps: [
      'In App Registration, open the app that issued it and choose "Revoke All Tokens".',
      'If the app\'s client secret may have leaked with it, delete and recreate the app\'s OAuth credentials too (deleting alone does not revoke issued tokens).',
      'Let the services that use the app obtain new tokens.',
      REVIEW,
      HISTORY,
    ],
    maxLifetimeDays: 30,
    lifetime: 'access tokens expire after a day, refresh tokens after 30 days',
  },
  'pagerduty-classic-oauth-token': {
    label: 'Classic OAuth token',
    steps: [
      'In App Registration, open the app that issued it and choose "Revoke All Tokens".',
      'Move the integration to a scoped OAuth app if it still uses classic OAuth.',
      REVIEW,
      HISTORY,
    ],
    maxLifetimeDays: 210,
    lifetime: 'access tokens expire after 30 days and refresh tokens after 210 days',
  },
  'pagerduty-oauth-client-secret': {
    label: 'OAuth client secret',
    steps: [
      'In App Registration, open the app and choose "Revoke All Tokens" first: tokens already issued outlive a new secret.',
      'Delete and recreate the app\'s OAuth client credentials, and deploy the new client secret.',
      REVIEW,
      HISTORY,
    ],
  },
  'pagerduty-events-key': {
    label: 'Events API key',
    steps: [
      'Create a new integration (or routing key) on the same service or Event Orchestration.',
      'Point every sender (monitoring, Alertmanager, scripts) at the new key.',
      'Delete the leaked integration: anyone holding its key can trigger and resolve incidents.',
      HISTORY,
    ],
  },
  'pagerduty-ical-feed-url': {
    label: 'Calendar feed URL',
    steps: [
      'Regenerate the private feed URL (My Profile → On-Call Shifts → Export, or POST /users/{id}/regenerate_private_url_key).',
      'Resubscribe the calendars that used the old URL.',
      HISTORY,
    ],
  },
  'pagerduty-webhook-secret': {
    label: 'Webhook signing secret',
    steps: [
      'Create a new webhook subscription (a signing secret is shown only when one is created) and deploy its secret to the receiver.',
      'Delete the old subscription: anyone with its secret can forge PagerDuty events to the receiver.',
      HISTORY,
    ],
  },
};

const GENERIC: CredentialKind = {
  label: 'Credential',
  steps: ['Revoke the credential where it was issued and issue a new one.', HISTORY],
};

export function credentialKind(ruleId: string): CredentialKind {
  return KINDS[ruleId] ?? GENERIC;
}
