/**
 * `pdguard:allow-next-line`: the line before a secret allows it, in every comment syntax, for files
 * whose secret line cannot carry a trailing comment. Only the very next line; never its own.
 */
import { describe, expect, it } from 'vitest';
import { makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo } from './helpers/git.js';

const fake = new FakeSecrets(1104);
const MARK = 'pdguard:allow-next-line';

/** File name → its text, with the marker line given as MARKER. */
function cases(): Record<string, (marker: string) => string> {
  const rest = fake.restKey();
  const events = fake.eventsKey();
  const oauth = fake.oauthToken();
  return {
    'dotenv.env': (m) => `${m}\nPAGERDUTY_TOKEN=${rest}\n`,
    'shell.sh': (m) => `#!/bin/sh\n${m}\nexport PAGERDUTY_TOKEN='${fake.restKey()}'\n`,
    'settings.jsonc': (m) => `{\n  ${m}\n  "pagerduty_token": "${fake.restKey()}"\n}\n`,
    'plain.json': (m) => `{\n  "name": "svc",\n  ${m}\n  "pagerduty_routing_key": "${events}"\n}\n`,
    'app.js': (m) => `${m}\nconst pagerdutyToken = "${fake.restKey()}";\n`,
    'page.html': (m) => `<p>\n${m}\n<code>${oauth}</code>\n</p>\n`,
    'seed.sql': (m) => `${m}\nINSERT INTO settings VALUES ('pagerduty_token', '${fake.restKey()}');\n`,
    'app.ini': (m) => `[pagerduty]\n${m}\ntoken = ${fake.restKey()}\n`,
    'values.yaml': (m) => `pagerduty:\n  ${m}\n  token: ${fake.restKey()}\n`,
    'main.tf': (m) => `provider "pagerduty" {\n  ${m}\n  token = "${fake.restKey()}"\n}\n`,
    'crlf.env': (m) => `${m}\r\nPAGERDUTY_TOKEN=${fake.restKey()}\r\n`,
    // Classic Mac OS line ends: a lone CR ends the marker's line.
    'cr.env': (m) => `${m}\rPAGERDUTY_TOKEN=${fake.restKey()}\r`,
  };
}

const MARKERS: Record<string, string> = {
  'dotenv.env': `# ${MARK}`,
  'shell.sh': `# ${MARK}`,
  'settings.jsonc': `// ${MARK}`,
  'plain.json': `"//": "${MARK}",`,
  'app.js': `/* ${MARK} */`,
  'page.html': `<!-- ${MARK} -->`,
  'seed.sql': `-- ${MARK}`,
  'app.ini': `; ${MARK}`,
  'values.yaml': `# ${MARK}`,
  'main.tf': `# ${MARK}`,
  'crlf.env': `# ${MARK}`,
  'cr.env': `# ${MARK}`,
};

describe('pdguard:allow-next-line', () => {
  it('allows the next line in every comment syntax, and each file is a finding without it', async () => {
    const files: Record<string, string> = {};
    for (const [name, text] of Object.entries(cases())) {
      files[`with/${name}`] = text(MARKERS[name]!);
      // The same line count without the marker: the secret is found there.
      files[`without/${name}`] = text('# nothing to see');
    }
    const { result, report } = await scanJson([makeTree(files)]);
    expect(result.code).toBe(1);
    expect(report.findings.map((f) => f.path).sort()).toEqual(Object.keys(MARKERS).map((n) => `without/${n}`).sort());
    expect(report.summary.suppressed).toBe(Object.keys(MARKERS).length);
  });

  it('covers only the very next line, and not the line that carries it', async () => {
    const root = makeTree({
      'gap.env': `# ${MARK}\n\nPAGERDUTY_TOKEN=${fake.restKey()}\n`,
      'two.env': `# ${MARK}\nPAGERDUTY_TOKEN=${fake.restKey()}\nPAGERDUTY_TOKEN_2=${fake.restKey()}\n`,
      'own.env': `PAGERDUTY_TOKEN=${fake.restKey()} # ${MARK}\n`,
      'same.env': `PAGERDUTY_TOKEN=${fake.restKey()} # pdguard:allow\n`,
    });
    const { report } = await scanJson([root]);
    expect(report.findings.map((f) => `${f.path}:${f.line}`).sort()).toEqual(['gap.env:3', 'own.env:1', 'two.env:3']);
    expect(report.summary.suppressed).toBe(2);
  });

  it('works in staged content and history', async () => {
    const repo = TestRepo.init();
    repo.commitFiles({ 'config/values.yaml': `pagerduty:\n  # ${MARK}\n  token: ${fake.restKey()}\n` }, 'allowed');
    const history = await runCli(['history', '--repo', repo.dir, '--format', 'json']);
    expect(history.code).toBe(0);
    expect(JSON.parse(history.stdout).summary.suppressed).toBe(1);
    repo.write('config/values.yaml', `pagerduty:\n  # ${MARK}\n  token: ${fake.restKey()}\n  api_key: ${fake.restKey()}\n`).add();
    const staged = await runCli(['staged', '--repo', repo.dir, '--format', 'json']);
    expect(staged.code).toBe(1);
    expect(JSON.parse(staged.stdout).findings.map((f: { line: number }) => f.line)).toEqual([4]);
  });
});
