/**
 * Every expected failure is one of these. The CLI maps them all to exit code 2 and prints the
 * message as one line; anything else is a bug and is reported as such.
 */
export class PdguardError extends Error {
  constructor(message: string) {
    super(message);
    this.name = new.target.name;
  }
}

/** Wrong command-line usage. */
export class UsageError extends PdguardError {}

/** A configuration or baseline file that cannot be used. */
export class ConfigError extends PdguardError {}

/** A pattern file that cannot be used; the message names the file, the rule and the problem. */
export class PatternError extends PdguardError {}

/** Input that cannot be scanned at all (a missing path, an unreadable standard input). */
export class InputError extends PdguardError {}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return String(error);
}

/**
 * Why JSON.parse refused a text, without the text: its message quotes the input ("Unexpected token
 * 'Z', "Zq8qzwrKey"... is not valid JSON"), and a file handed over by mistake may be a secret.
 */
export function jsonSyntaxProblem(error: unknown): string {
  const at = /\bposition (\d+)/.exec(errorMessage(error))?.[1];
  return /end of JSON input/.test(errorMessage(error)) ? 'not valid JSON: it ends early' : `not valid JSON${at !== undefined ? ` at character ${Number(at) + 1}` : ''}`;
}
