/**
 * Unit tier: the pure parts between the engine and the report, tested directly (no CLI, no git):
 * the configuration parser, which suppression hides a finding, the inline markers, the hook
 * script pdguard writes.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { EMPTY_CONFIG, parseConfig } from '../src/config/config.js';
import { hookScript } from '../src/hook/install.js';
import type { RawFinding } from '../src/pipeline/findings.js';
import { lineAllows } from '../src/suppress/inline.js';
import { applySuppressions, suppressionOf } from '../src/suppress/suppress.js';
import type { Finding } from '../src/types.js';

const dir = mkdtempSync(join(tmpdir(), 'pdguard-unit-config-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));
const file = join(dir, '.pdguard.yaml');
const HASH = 'a'.repeat(64);
const FINGERPRINT = 'b'.repeat(32);

describe('parseConfig', () => {
  it('reads every key, with paths relative to the file', () => {
    const config = parseConfig(
      file,
      ['exclude: ["fixtures/**", "*.example"]', 'allow:', `  - secretHash: ${HASH}`, '    reason: revoked', `  - fingerprint: ${FINGERPRINT}`, '    reason: fake',
        'baseline: base.json', 'patterns: [ci/acme.yaml]', 'rules:', '  disable: [pagerduty-webhook-secret]'].join('\n'),
    );
    expect(config).toEqual({
      file,
      exclude: ['fixtures/**', '*.example'],
      allow: [{ secretHash: HASH, reason: 'revoked' }, { fingerprint: FINGERPRINT, reason: 'fake' }],
      baseline: join(dir, 'base.json'),
      patterns: [join(dir, 'ci', 'acme.yaml')],
      disableRules: ['pagerduty-webhook-secret'],
    });
  });

  it('an empty file is the empty configuration', () => {
    expect(parseConfig(file, '')).toEqual({ ...EMPTY_CONFIG, file });
    expect(parseConfig(file, '# only a comment\n')).toEqual({ ...EMPTY_CONFIG, file });
  });

  it.each([
    ['exlude: [a]', /unknown key 'exlude'; did you mean exclude\? \(allowed: /],
    ['baseline_file: b.json', /unknown key 'baseline_file' \(allowed: /],
    ['- a\n- b', /must be a YAML mapping/],
    ['exclude: "fixtures/**"', /'exclude' must be a list/],
    ['exclude: [""]', /'exclude' must be a list/],
    ['allow: {secretHash: x}', /'allow' must be a list/],
    [`allow:\n  - secretHash: ${HASH}`, /allow\[0\]\.reason must say why/],
    [`allow:\n  - secretHash: ${HASH}\n    reason: "  "`, /allow\[0\]\.reason must say why/],
    ['allow:\n  - reason: no key', /allow\[0\] needs secretHash or fingerprint/],
    [`allow:\n  - secretHash: ${HASH.toUpperCase()}\n    reason: upper`, /lower-case hex/],
    [`allow:\n  - fingerprint: ${FINGERPRINT}\n    reason: r\n    note: x`, /unknown key 'note' in allow\[0\]/],
    [`allow:\n  - fingerprint: ${FINGERPRINT}\n    reasn: r`, /unknown key 'reasn' in allow\[0\]; did you mean reason\?/],
    ['rules: [a]', /'rules' must be a mapping/],
    ['rules:\n  enable: [a]', /unknown key 'enable' in rules/],
    ['rules:\n  disabel: [a]', /unknown key 'disabel' in rules; did you mean disable\?/],
    ['baseline: 3', /'baseline' must be the path/],
    ['exclude: [a\n', /not valid YAML/],
  ])('%j is refused with a message naming the problem', (text, message) => {
    expect(() => parseConfig(file, text)).toThrow(message);
    // Every message names the file, so that the one-line error says where to look.
    expect(() => parseConfig(file, text)).toThrow(file);
  });

  it('a configuration found in the scanned tree names only files inside its own directory', () => {
    for (const outside of ['../elsewhere.json', '/etc/passwd']) {
      expect(() => parseConfig(file, `baseline: ${outside}`, { confined: true })).toThrow(/outside the directory of this configuration/);
      // Named with --config, it may point anywhere.
      expect(() => parseConfig(file, `baseline: ${outside}`)).not.toThrow();
    }
    expect(parseConfig(file, 'patterns: [sub/p.yaml]', { confined: true }).patterns).toEqual([join(dir, 'sub', 'p.yaml')]);
  });
});

const finding = (secretHash: string, fingerprint: string): Finding => ({ secretHash, fingerprint }) as Finding;
const raw = (f: Finding, extra: Partial<RawFinding> = {}): RawFinding => ({ finding: f, inlineAllowed: false, ...extra });

describe('suppressionOf: the first that applies, in a fixed order', () => {
  const config = { ...EMPTY_CONFIG, allow: [{ secretHash: HASH, reason: 'r' }] };
  const baseline = new Set([FINGERPRINT]);
  const allowed = finding(HASH, FINGERPRINT);

  it('inline, then exclude, then allow, then baseline', () => {
    expect(suppressionOf(raw(allowed, { inlineAllowed: true, excluded: true }), { config, baseline })).toBe('inline');
    expect(suppressionOf(raw(allowed, { excluded: true }), { config, baseline })).toBe('exclude');
    expect(suppressionOf(raw(allowed), { config, baseline })).toBe('allow');
    expect(suppressionOf(raw(finding('c'.repeat(64), FINGERPRINT)), { config, baseline })).toBe('baseline');
    expect(suppressionOf(raw(finding('c'.repeat(64), 'd'.repeat(32))), { config, baseline })).toBeNull();
  });

  it('an allow entry by fingerprint hides that finding only, not another secret', () => {
    const byFingerprint = { ...EMPTY_CONFIG, allow: [{ fingerprint: FINGERPRINT, reason: 'r' }] };
    expect(suppressionOf(raw(finding(HASH, FINGERPRINT)), { config: byFingerprint, baseline: null })).toBe('allow');
    expect(suppressionOf(raw(finding(HASH, 'e'.repeat(32))), { config: byFingerprint, baseline: null })).toBeNull();
  });

  it('applySuppressions keeps the rest in order and labels what it hid', () => {
    const kept = finding('1'.repeat(64), '1'.repeat(32));
    const kept2 = finding('2'.repeat(64), '2'.repeat(32));
    const { findings, suppressed } = applySuppressions([raw(kept), raw(allowed), raw(kept2)], { config, baseline: null });
    expect(findings).toEqual([kept, kept2]);
    expect(suppressed).toEqual([{ ...allowed, suppressedBy: 'allow' }]);
  });
});

describe('lineAllows', () => {
  const text = ['a = 1', 'token = x  # pdguard:allow test', '// pdguard:allow-next-line docs', 'key = y', 'key = z', 'k = w # pdguard:allow-next-line'].join('\n');
  const lines = text.split('\n');
  const starts = lines.map((_, i) => lines.slice(0, i).reduce((n, l) => n + l.length + 1, 0));
  const allows = (i: number) => lineAllows(text, starts[i]!, starts[i]! + lines[i]!.length);

  it('its own marker, or the next-line marker on the line before, and nothing else', () => {
    expect(allows(0)).toBe(false);
    expect(allows(1)).toBe(true);
    // The next-line marker covers the next line only, never its own.
    expect(allows(2)).toBe(false);
    expect(allows(3)).toBe(true);
    expect(allows(4)).toBe(false);
    expect(allows(5)).toBe(false);
  });
});

describe('hookScript', () => {
  it.each(['pre-commit', 'pre-push'] as const)('%s: valid sh, one delimited block, the right command', (hook) => {
    const script = hookScript(hook, "/opt/it's here/dist/cli.js");
    expect(script.startsWith('#!/bin/sh\n')).toBe(true);
    expect(script.match(/^# >>> pdguard/gm)).toHaveLength(1);
    expect(script.match(/^# <<< pdguard$/gm)).toHaveLength(1);
    expect(script).toContain(hook === 'pre-commit' ? 'pdguard_run staged || exit $?' : 'pdguard_run pre-push "$@" || exit $?');
    expect(script).toContain(hook === 'pre-commit' ? 'git commit --no-verify' : 'git push --no-verify');
    // The local bundle's path is quoted for sh even with a quote in it.
    expect(script).toContain(`'/opt/it'\\''s here/dist/cli.js'`);
    const syntax = spawnSync('sh', ['-n'], { input: script, encoding: 'utf8' });
    expect(syntax.stderr).toBe('');
    expect(syntax.status).toBe(0);
  });

  it('a hook meant to be committed names no path of this machine', () => {
    const script = hookScript('pre-commit', null);
    expect(script).not.toMatch(/elif \[ -f '\//);
    expect(script).toContain('node_modules/pdguard/dist/cli.js');
  });
});
