/**
 * The `args` input as argv: split on whitespace (newlines too, for YAML block scalars), with shell
 * quoting: '…' is literal, "…" keeps spaces and takes \" and \\, and a backslash outside quotes
 * escapes the next character. Nothing is expanded: no variables, no globs, no command substitution.
 */
import { UsageError } from '../errors.js';

export function splitArgs(text: string): string[] {
  const args: string[] = [];
  let current = '';
  let inWord = false;
  let quote: "'" | '"' | null = null;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (quote === "'") {
      if (c === "'") quote = null;
      else current += c;
      continue;
    }
    if (quote === '"') {
      if (c === '"') quote = null;
      else if (c === '\\' && (text[i + 1] === '"' || text[i + 1] === '\\')) current += text[++i];
      else current += c;
      continue;
    }
    if (/\s/.test(c)) {
      if (inWord) args.push(current);
      current = '';
      inWord = false;
      continue;
    }
    if (c === '\\' && text[i + 1] === '\n') {
      i++; // a line continuation, as in a shell
      continue;
    }
    inWord = true;
    if (c === "'" || c === '"') quote = c;
    else if (c === '\\' && i + 1 < text.length) current += text[++i];
    else current += c;
  }
  if (quote) throw new UsageError(`the args input has an unterminated ${quote === '"' ? 'double' : 'single'} quote`);
  if (inWord) args.push(current);
  return args;
}
