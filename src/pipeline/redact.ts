/**
 * Secrets never leave pdguard whole unless the user asks: this is the one place that shortens them.
 * Every finding carries its redacted form from the start, so no report can forget to use it.
 */

/**
 * Keeps what identifies a credential to its owner and no more: the public prefix its rule names
 * (`redact.keep`, e.g. a token's `pdus+_`), two or three characters after it and two at the end
 * (`pdus+_0AB…7e`, `y_…Eu`).
 */
export function redactSecret(secret: string, keep?: RegExp): string {
  const prefix = keep?.exec(secret)?.[0] ?? '';
  const body = secret.slice(prefix.length);
  if (body.length < 10) return `${prefix}…`;
  const head = body.length >= 32 ? 3 : 2;
  return `${prefix}${body.slice(0, head)}…${body.slice(-2)}`;
}
