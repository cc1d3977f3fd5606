/** Help texts, made from the option tables (options.ts), each line at most 80 columns. */
import { DEFAULT_WIDTH, wrapWords } from '../report/layout.js';
import { COMMANDS, HELP_OPTION, type OptionSpec } from './options.js';

/** The exit codes each kind of command uses, and only those. */
const EXIT_CODES = {
  scanning: [
    ['0', 'no unsuppressed findings (--fail-on live: none verified live; --fail-on never: any findings)'],
    ['1', 'findings'],
    ['2', 'usage error, bad configuration or patterns, unreadable input, an incomplete scan, or (--fail-on live) credentials left unchecked'],
  ],
  hook: [
    ['0', 'done (the message says what changed)'],
    ['2', 'usage error, not a git repository, or a hook that cannot be written or removed'],
  ],
  allow: [
    ['0', 'the entries were written (the message says where)'],
    ['2', 'usage error, a fingerprint not in the last run, or a configuration that cannot be written'],
  ],
  rules: [
    ['0', 'the rules were listed'],
    ['2', 'usage error or a bad pattern file'],
  ],
  all: [
    ['0', 'no unsuppressed findings (or the command did what it was asked)'],
    ['1', 'findings (scanning commands only)'],
    ['2', 'usage error, bad configuration or patterns, unreadable input, or an incomplete scan'],
  ],
} as const;

export type ExitCodeSet = keyof typeof EXIT_CODES;

function exitCodes(set: ExitCodeSet): string[] {
  return ['Exit codes:', ...EXIT_CODES[set].flatMap(([code, meaning]) => wrapWords(meaning, DEFAULT_WIDTH, `  ${code}  `, '     '))];
}

/** Two columns, the second wrapped with a hanging indent so that no line passes 80 columns. */
function table(rows: readonly (readonly [string, string])[]): string[] {
  const width = Math.min(Math.max(...rows.map(([left]) => left.length)) + 2, 32);
  return rows.flatMap(([left, right]) => {
    const head = `  ${left}`;
    // A left column too long for the table takes a line of its own.
    if (head.length + 2 > width + 2) return [head, ...wrapWords(right, DEFAULT_WIDTH, ' '.repeat(width + 2))];
    return wrapWords(right, DEFAULT_WIDTH, head.padEnd(width + 2), ' '.repeat(width + 2));
  });
}

function optionLines(options: Record<string, OptionSpec>): string[] {
  return table(
    Object.entries({ ...options, ...HELP_OPTION }).map(([name, spec]) => [`${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`, spec.help] as const),
  );
}

export function commandHelp(name: string): string {
  const spec = COMMANDS[name]!;
  return [
    `Usage: ${spec.usage}`,
    '',
    ...wrapWords(`${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`, DEFAULT_WIDTH),
    '',
    'Options:',
    ...optionLines(spec.options),
    '',
    ...(spec.details ? [spec.details, ''] : []),
    ...exitCodes(spec.exitCodes),
    '',
  ].join('\n');
}

export function mainHelp(): string {
  return [
    'pdguard: find leaked PagerDuty credentials before they page you.',
    '',
    'Usage: pdguard <command> [options]',
    '',
    'Commands:',
    ...table(Object.entries(COMMANDS).map(([name, spec]) => [name, spec.summary] as const)),
    '',
    'Options:',
    ...table([
      ['-h, --help', 'show help (also: pdguard <command> --help)'],
      ['-V, --version', 'print the version'],
    ]),
    '',
    ...exitCodes('all'),
    '',
    'Docs: https://github.com/pdguard/pdguard#readme',
    '',
  ].join('\n');
}
