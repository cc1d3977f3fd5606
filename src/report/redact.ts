/** Secrets never leave pdguard whole unless the user asks: this is the one place that shortens them. */

const OAUTH_PREFIX = /^pd[a-z]{2}\+_/;

/**
 * Keeps what identifies a credential to its owner and no more: a known public prefix, two or three
 * characters at the start and two at the end (`pdus+_0AB…7e`, `y_…Eu`).
 */
export function redactSecret(secret: string): string {
  const prefix = OAUTH_PREFIX.exec(secret)?.[0] ?? '';
  const body = secret.slice(prefix.length);
  if (body.length < 10) return `${prefix}…`;
  const head = body.length >= 32 ? 3 : 2;
  return `${prefix}${body.slice(0, head)}…${body.slice(-2)}`;
}

export function shownSecret(secret: string, showSecrets: boolean): string {
  return showSecrets ? secret : redactSecret(secret);
}
