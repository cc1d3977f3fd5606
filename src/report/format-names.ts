/**
 * The report formats' names, apart from their modules (formats.ts): the command line checks
 * --format with them without loading six reporters, which the pre-commit hook never uses.
 */
export const FORMATS = ['text', 'json', 'sarif', 'github', 'gitlab', 'html'] as const;

export type Format = (typeof FORMATS)[number];

export function isFormat(name: unknown): name is Format {
  return typeof name === 'string' && (FORMATS as readonly string[]).includes(name);
}
