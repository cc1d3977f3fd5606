/** Help texts, made from the option tables (options.ts). */
import { COMMANDS, HELP_OPTION, type OptionSpec } from './options.js';

const EXIT_CODES = [
  'Exit codes:',
  '  0  no unsuppressed findings',
  '  1  findings',
  '  2  usage error, bad configuration or patterns, unreadable input, or an incomplete scan',
].join('\n');

function optionLines(options: Record<string, OptionSpec>): string[] {
  const rows = Object.entries({ ...options, ...HELP_OPTION }).map(([name, spec]) => {
    const flag = `${spec.short ? `-${spec.short}, ` : '    '}--${name}${spec.value ? ` ${spec.value}` : ''}`;
    return [flag, spec.help] as const;
  });
  const width = Math.max(...rows.map(([flag]) => flag.length)) + 2;
  return rows.map(([flag, help]) => `  ${flag.padEnd(width)}${help}`);
}

export function commandHelp(name: string): string {
  const spec = COMMANDS[name]!;
  return [`Usage: ${spec.usage}`, '', `${spec.summary[0]!.toUpperCase()}${spec.summary.slice(1)}.`, '', 'Options:', ...optionLines(spec.options), '', ...(spec.details ? [spec.details, ''] : []), EXIT_CODES, ''].join('\n');
}

export function mainHelp(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((c) => c.length)) + 2;
  return [
    'pdguard: find leaked PagerDuty credentials before they page you.',
    '',
    'Usage: pdguard <command> [options]',
    '',
    'Commands:',
    ...Object.entries(COMMANDS).map(([name, spec]) => `  ${name.padEnd(width)}${spec.summary}`),
    '',
    'Options:',
    '  -h, --help       show help (also: pdguard <command> --help)',
    '  -V, --version    print the version',
    '',
    EXIT_CODES,
    '',
    'Docs: https://github.com/pdguard/pdguard#readme',
    '',
  ].join('\n');
}

