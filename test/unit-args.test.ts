/** The argument parser and the help texts, called directly: no process, no file system. */
import { describe, expect, it } from 'vitest';
import { commandHelp, mainHelp } from '../src/cli/help.js';
import { COMMANDS } from '../src/cli/options.js';
import { parseCommandLine } from '../src/cli/parse.js';
import { closest, editDistance } from '../src/util/suggest.js';
import { UsageError } from '../src/errors.js';

/** The one-line message a bad command line gets. */
function refusal(argv: string[]): string {
  try {
    parseCommandLine(argv);
  } catch (error) {
    expect(error).toBeInstanceOf(UsageError);
    return (error as Error).message;
  }
  throw new Error(`accepted: ${argv.join(' ')}`);
}

describe('commands and their flags', () => {
  it('reads a scan with every kind of option', () => {
    expect(
      parseCommandLine(['scan', 'a', 'b', '--format', 'json', '-o', 'r.json', '-q', '--exclude', 'x/**', '--exclude', 'y', '--no-gitignore', '--no-color']),
    ).toMatchObject({
      kind: 'scan',
      paths: ['a', 'b'],
      format: 'json',
      output: 'r.json',
      quiet: true,
      color: false,
      exclude: ['x/**', 'y'],
      include: [],
      gitignore: false,
      failOn: 'any',
      progress: true,
      debug: false,
    });
    expect(parseCommandLine(['scan'])).toMatchObject({ kind: 'scan', paths: [], format: 'text', output: '-', color: true, quiet: false, stdinName: 'stdin' });
  });

  it('takes --fail-on any, live (which turns --verify on) and never', () => {
    expect(parseCommandLine(['scan', '--fail-on', 'never'])).toMatchObject({ failOn: 'never' });
    expect(parseCommandLine(['scan', '--fail-on', 'never'])).not.toHaveProperty('verify');
    expect(parseCommandLine(['history', '--fail-on', 'live'])).toMatchObject({ failOn: 'live', verify: {} });
    expect(refusal(['scan', '--fail-on', 'sometimes'])).toBe("--fail-on must be one of any, live, never (got 'sometimes')");
  });

  it('reads history ranges and refuses --range with --since', () => {
    expect(parseCommandLine(['history', '--range', 'main..', '--repo', 'r'])).toMatchObject({ kind: 'history', range: 'main..', repo: 'r' });
    expect(refusal(['history', '--range', 'a..b', '--since', 'c'])).toMatch(/cannot be used together/);
  });

  it('refuses rules --format sarif, and formats that do not exist', () => {
    expect(parseCommandLine(['rules', '--format', 'json'])).toMatchObject({ kind: 'rules', format: 'json' });
    expect(refusal(['rules', '--format', 'sarif'])).toBe("--format must be one of text, json (got 'sarif'; see pdguard rules --help)");
    expect(refusal(['scan', '--format', 'xml'])).toMatch(/^--format must be one of text, json, sarif, github/);
    expect(refusal(['scan', '--format', 'jsno'])).toBe("--format must be one of text, json, sarif, github, gitlab, html (got 'jsno'); did you mean json? (see pdguard scan --help)");
    expect(refusal(['scan', '--fail-on', 'liev'])).toBe("--fail-on must be one of any, live, never (got 'liev'; did you mean live?)");
  });
});

describe('mistakes', () => {
  it('suggests the closest command or option', () => {
    expect(refusal(['scna'])).toMatch(/^unknown command 'scna'; did you mean scan\? \(commands: scan, history/);
    expect(refusal(['histroy'])).toMatch(/did you mean history\?/);
    expect(refusal(['scan', '--fromat', 'json'])).toBe("unknown option '--fromat'; did you mean --format? (see pdguard scan --help)");
    // One voice for every refusal: the parser's own wording is put in pdguard's.
    expect(refusal(['scan', '-o'])).toBe('--output needs a value (see pdguard scan --help)');
    expect(refusal(['scan', '--format'])).toBe('--format needs a value (see pdguard scan --help)');
    expect(refusal(['report', 'mrege', 'a.json'])).toBe("report takes merge FILE... (got 'mrege'; did you mean merge?; see pdguard report --help)");
    expect(refusal(['report'])).toBe('report takes merge FILE... (got nothing; see pdguard report --help)');
    expect(refusal(['report', 'merge'])).toMatch(/^report merge needs the JSON reports/);
    expect(refusal(['history', '--rnage', 'a..b'])).toMatch(/did you mean --range\?/);
    // Nothing close: no guess.
    expect(refusal(['frobnicate'])).not.toMatch(/did you mean/);
    expect(refusal(['scan', '--colour-scheme'])).not.toMatch(/did you mean/);
  });

  it('points habits from other scanners to what pdguard calls them', () => {
    expect(refusal(['scan', '--json'])).toBe("unknown option '--json'; use --format json (see pdguard scan --help)");
    expect(refusal(['scan', '--report-format=sarif'])).toMatch(/^unknown option '--report-format'; use --format FORMAT/);
    expect(refusal(['scan', '--report-path', 'r.json'])).toMatch(/use --output FILE/);
    expect(refusal(['scan', '--redact'])).toMatch(/redacted by default/);
    expect(refusal(['history', '--exit-code', '3'])).toMatch(/exits 1 on findings by default/);
    expect(refusal(['history', '--only-verified'])).toMatch(/use --fail-on live/);
    expect(refusal(['scan', '--no-git'])).toMatch(/pdguard history reads the git history/);
    expect(refusal(['--json', 'scan'])).toMatch(/^unknown option '--json'; use --format json, after the command/);
    // Every pointer names an option that exists.
    for (const args of [['scan', '--json'], ['scan', '--only-verified'], ['scan', '--report-path', 'x']]) {
      const named = /use (--[a-z-]+)/.exec(refusal(args))![1]!;
      expect(() => parseCommandLine(['scan', named, ...(named === '--fail-on' ? ['live'] : ['json'])])).not.toThrow();
    }
  });

  it('gives advice for pdguard -v that works, and moves a scan option after the command', () => {
    const advice = refusal(['-v']);
    expect(advice).toMatch(/did you mean -V \(--version\)\?/);
    expect(parseCommandLine(['-V'])).toEqual({ kind: 'version' });
    expect(parseCommandLine(['scan', '--debug'])).toMatchObject({ debug: true });
    expect(refusal(['--format', 'json'])).toBe('options go after the command, e.g. pdguard scan --format json (see pdguard --help)');
    expect(parseCommandLine(['scan', '--format', 'json'])).toMatchObject({ format: 'json' });
    expect(refusal(['--bogus'])).toBe("unknown option '--bogus' (see pdguard --help)");
  });

  it('measures typos as people make them', () => {
    expect(editDistance('scna', 'scan')).toBe(1); // two letters swapped
    expect(editDistance('fromat', 'format')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(closest('stagd', ['scan', 'staged'])).toBe('staged');
    expect(closest('xyz', ['scan', 'staged'])).toBeUndefined();
  });
});

describe('help', () => {
  it('lists only the exit codes a command can return', () => {
    for (const command of ['install', 'uninstall', 'rules']) {
      const help = commandHelp(command);
      expect(help, command).toMatch(/^ {2}0 {2}/m);
      expect(help, command).toMatch(/^ {2}2 {2}/m);
      expect(help, command).not.toMatch(/^ {2}1 {2}/m);
    }
    for (const command of ['scan', 'history', 'staged', 'pre-push']) expect(commandHelp(command), command).toMatch(/^ {2}1 {2}findings$/m);
  });

  it('keeps every help line within 80 columns and names every option', () => {
    for (const [name, spec] of Object.entries(COMMANDS)) {
      const help = commandHelp(name);
      for (const line of help.split('\n')) expect(line.length, `${name}: ${line}`).toBeLessThanOrEqual(80);
      for (const option of Object.keys(spec.options)) expect(help, name).toContain(`--${option}`);
    }
    for (const line of mainHelp().split('\n')) expect(line.length, line).toBeLessThanOrEqual(80);
    expect(commandHelp('scan')).toContain('--no-color');
    expect(commandHelp('scan')).toMatch(/never: report\s+without failing|never:\s+report without failing/);
  });

  it('is what -h, --help and help COMMAND print', () => {
    expect(parseCommandLine(['scan', '-h'])).toEqual({ kind: 'help', text: commandHelp('scan') });
    expect(parseCommandLine(['help', 'history'])).toEqual({ kind: 'help', text: commandHelp('history') });
    expect(parseCommandLine([])).toEqual({ kind: 'help', text: mainHelp() });
  });
});
