/**
 * Context as weighed evidence, end to end through the real CLI: the file's path is evidence in every
 * source (a tree, staged changes, history) and only the path inside the scanned folder or repository
 * counts; the evidence that decided reaches the JSON report and --debug, never the secret; weights
 * in a user's pattern file are data, checked like the rest of it.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, runCli, scanJson } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';
import { TestRepo, cleanupGit, gitEnv } from './helpers/git.js';

afterAll(cleanupGit);

const fake = new FakeSecrets(9091);
const LOWER = 'abcdefghijklmnopqrstuvwxyz';
/** A file the pagerduty CLI (go-pagerduty's `pd`) reads: only its name says PagerDuty. */
const pdConfig = (key: string) => `authtoken: ${key}\nformat: json\n`;

describe('the path is evidence', () => {
  it('a tree: .pd.yml is PagerDuty\'s, the same lines in notes.yml are not', async () => {
    const key = fake.restKey();
    const root = makeTree({ '.pd.yml': pdConfig(key), 'notes.yml': pdConfig(fake.restKey()) });
    const { result, report } = await scanJson([root, '--show-secrets']);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.secret])).toEqual([['.pd.yml', key]]);
    expect((report.findings[0] as { evidence?: string[] }).evidence).toEqual(expect.arrayContaining([expect.stringMatching(/^pagerduty-in-the-path \+/), expect.stringMatching(/^credential-name \+/)]));
  });

  it('the folder a checkout is kept in is not the file\'s path', async () => {
    const root = makeTree({ 'pagerduty-infra/config/app.yml': pdConfig(fake.restKey()) });
    const { result, report } = await scanJson([join(root, 'pagerduty-infra')]);
    expect(result.code, result.stderr).toBe(0);
    expect(report.findings).toEqual([]);
  });

  it('a folder named pd is not PagerDuty, and a file named on the command line is judged by its own name', async () => {
    const root = makeTree({ 'tidb/pd/config.yml': `security:\n  token: ${fake.restKey()}\n` });
    expect((await scanJson([root])).report.findings).toEqual([]);
    expect((await scanJson([join(root, 'tidb/pd/config.yml')])).report.findings).toEqual([]);
  });

  it('a file named as a PagerDuty key holds only the key', async () => {
    const key = fake.eventsKey();
    const root = makeTree({ 'secrets/pagerduty.key': `${key}\n`, 'secrets/relay.key': `${fake.eventsKey()}\n` });
    const { report } = await scanJson([root, '--show-secrets']);
    expect(report.findings.map((f) => [f.path, f.ruleId, f.secret])).toEqual([['secrets/pagerduty.key', 'pagerduty-events-key', key]]);
  });

  it('a file named on the command line inside a work tree is named by its path there, wherever the command runs', async () => {
    const repo = TestRepo.init();
    const key = fake.eventsKey();
    repo.write('chef/data_bags/pagerduty/prod.json', `{"id": "prod", "service_key": "${key}"}\n`);
    for (const [cwd, arg] of [[repo.dir, 'chef/data_bags/pagerduty/prod.json'], [join(repo.dir, 'chef'), 'data_bags/pagerduty/prod.json']] as const) {
      const result = await runCli(['scan', arg, '--format', 'json', '--show-secrets'], { cwd, env: gitEnv() });
      expect(result.code, `${cwd}: ${result.stderr}`).toBe(1);
      expect((JSON.parse(result.stdout) as { findings: { secret: string }[] }).findings.map((f) => f.secret)).toEqual([key]);
    }
  });

  it('staged: the staged path is evidence', async () => {
    const repo = TestRepo.init();
    const key = fake.restKey();
    repo.write('.pd.yml', pdConfig(key)).write('notes.yml', pdConfig(fake.restKey())).add();
    const result = await runCli(['staged', '--format', 'json', '--show-secrets'], { cwd: repo.dir, env: gitEnv() });
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { path: string; secret: string }[] };
    expect(report.findings.map((f) => [f.path, f.secret])).toEqual([['.pd.yml', key]]);
  });

  it('history: a blob is judged at the path that first shows it', async () => {
    const repo = TestRepo.init();
    const key = fake.restKey();
    repo.commitFiles({ 'ops/.pd.yml': pdConfig(key), 'README.md': 'ops tools\n' }, 'pd cli config');
    repo.commitFiles({ 'notes.yml': pdConfig(fake.restKey()) }, 'notes');
    const result = await runCli(['history', '--format', 'json', '--show-secrets', '--no-cache'], { cwd: repo.dir, env: gitEnv() });
    expect(result.code, result.stderr).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { path: string; secret: string }[] };
    expect(report.findings.map((f) => [f.path, f.secret])).toEqual([['ops/.pd.yml', key]]);
  });
});

describe('what decided', () => {
  it('--debug names each finding\'s evidence and never its secret', async () => {
    const key = fake.eventsKey();
    const root = makeTree({ 'send.py': `import pdpyras\nROUTING = "${key}"\nsession = pdpyras.EventsAPISession(ROUTING)\n` });
    const result = await runCli(['scan', root, '--debug']);
    expect(result.code, result.stderr).toBe(1);
    expect(result.stderr).toMatch(/debug: finding pagerduty-events-key at send\.py:2: evidence .*passed-to-a-pagerduty-client \+1/);
    expect(result.stderr + result.stdout).not.toContain(key);
  });

  it('another vendor\'s type beside the value outweighs PagerDuty named further up', async () => {
    const root = makeTree({
      'receivers.yml': `pagerduty:\n  url: https://events.pagerduty.com/v2/enqueue\n  fallback:\n    type: opsgenie\n    api_token: ${fake.restKey()}\n`,
    });
    const { report } = await scanJson([root]);
    expect(report.findings).toEqual([]);
  });
});

describe('classes of value the evidence reaches', () => {
  /** A routing key of Event Orchestration's shape: R and 31 capitals or digits. */
  const routingKey = () => `R${fake.chars('upperdigit', 31)}`;
  const found = async (files: Record<string, string>) => {
    const { result, report } = await scanJson([makeTree(files), '--show-secrets']);
    expect([0, 1], result.stderr).toContain(result.code);
    return report.findings.map((f) => [f.path, f.ruleId, f.secret, f.line]);
  };

  it('a value flows into a field of a PagerDuty type\'s literal, or into a call across lines; not into another type\'s', async () => {
    const [go, js, py, php, sh] = [routingKey(), fake.restKey(), fake.eventsKey(), fake.eventsKey(), fake.eventsKey()];
    expect(
      await found({
        'main.go': `package main\n\nimport "github.com/PagerDuty/go-pagerduty"\n\nconst orchestrationRoutingKey = "${go}"\n\nfunc main() {\n\tevent := pagerduty.V2Event{\n\t\tRoutingKey: orchestrationRoutingKey,\n\t\tAction:     "trigger",\n\t}\n\t_, _ = pagerduty.ManageEvent(event)\n}\n`,
        'app.js': `const PagerDuty = require('./pager');\nconst KEY = '${js}';\nconst pd = new PagerDuty({\n  token: KEY,\n});\n`,
        'send.py': `import pdpyras\nCHECKOUT = "${py}"\nsession = pdpyras.EventsAPISession(\n    CHECKOUT,\n)\n`,
        'notify.php': `<?php\n$checkout = '${php}';\n$event = new \\PagerDuty\\TriggerEvent($checkout, 'disk full', 'db01', 'critical');\n`,
        'page.sh': `CHECKOUT="${sh}"\npd-send -k "$CHECKOUT" -t trigger -d "disk full on db01"\n`,
        'tidb.sh': `# pd-ctl talks to TiDB's placement driver\nCLUSTER_SEED="${fake.eventsKey()}"\npd-ctl -u http://127.0.0.1:2379 config set cluster-seed "$CLUSTER_SEED"\n`,
        'cache.go': `// Alerts page PagerDuty from the router; this configures the cache.\npackage cache\n\nconst cacheSeed = "${fake.eventsKey()}"\n\nvar cfg = store.Config{\n\tSeed: cacheSeed,\n}\n`,
        'billing.js': `// PagerDuty is paged by the alerting service; this is the billing client.\nconst KEY = '${fake.restKey()}';\nconst billing = new Billing({\n  token: KEY,\n});\n`,
      }),
    ).toEqual([
      ['app.js', 'pagerduty-rest-api-key', js, 2],
      ['main.go', 'pagerduty-events-key', go, 5],
      ['notify.php', 'pagerduty-events-key', php, 2],
      ['page.sh', 'pagerduty-events-key', sh, 1],
      ['send.py', 'pagerduty-events-key', py, 2],
    ]);
  });

  it('PagerDuty\'s own words in a name count as a credential\'s name, with PagerDuty named nearby, never alone', async () => {
    const [key, account, orchestration] = [routingKey(), fake.restKey(), routingKey()];
    const users = (name: string, value: string) => `${name} = "${value}"\n\nuri = URI('https://api.pagerduty.com/users?limit=1')\n`;
    expect(
      await found({
        'send_event.sh': `# the key of the global orchestration\nexport ROUTING_GLOBAL=${key}\n\ncurl -X POST https://events.pagerduty.com/v2/enqueue --data @event.json\n`,
        'bridge.yml': `# Alerts reach the pd-bridge through this queue\namqp_routing_key: ${fake.eventsKey()}\n`,
        'users.rb': users('account_token', account),
        // Event Orchestration is PagerDuty's alone: its routing key needs no other word.
        'checkout.env': `# checkout's pd_service\nORCHESTRATION_ROUTING_KEY=${orchestration}\n`,
        // Whose account it is says the key is not PagerDuty's.
        'backup.rb': users('storage_account_token', fake.restKey()),
      }),
    ).toEqual([
      ['checkout.env', 'pagerduty-events-key', orchestration, 2],
      ['send_event.sh', 'pagerduty-events-key', key, 2],
      ['users.rb', 'pagerduty-rest-api-key', account, 1],
    ]);
  });

  it('several keys in one field are each found', async () => {
    const [a, b, c, d] = [fake.eventsKey(), fake.eventsKey(), fake.eventsKey(), fake.eventsKey()];
    expect(
      await found({
        'health_alarm_notify.conf': `role_recipients_email[dba]="dba@example.net"\nrole_recipients_pd[dba]="${a} ${b}"\n`,
        '.env': `PAGERDUTY_ROUTING_KEYS="${c},${d}"\n`,
      }),
    ).toEqual([
      ['.env', 'pagerduty-events-key', c, 1],
      ['.env', 'pagerduty-events-key', d, 1],
      ['health_alarm_notify.conf', 'pagerduty-events-key', a, 2],
      ['health_alarm_notify.conf', 'pagerduty-events-key', b, 2],
    ]);
  });

  it('a CSV row of a PagerDuty integration named after the tool that sends to it stays PagerDuty\'s; another vendor after the type does not', async () => {
    const key = fake.eventsKey();
    expect(
      await found({
        'integrations.csv': `service,integration,type,key\ncheckout,Datadog,generic_events_api_inbound_integration,${key}\n`,
        'fallbacks.csv': `service,type,fallback,key\ncheckout,events_api_v2_inbound_integration,Opsgenie,${fake.eventsKey()}\n`,
      }),
    ).toEqual([['integrations.csv', 'pagerduty-events-key', key, 2]]);
  });
});

describe('the cases other scanners publish for their PagerDuty detectors', () => {
  // trufflehog's pagerdutyapikey detector test: the key in prose after "pagerdutyapikey secret",
  // in the shape its regex gives (20 characters: a letter, +, nine letters, -, two, -, five).
  const trufflehogKey = () => `${fake.chars(LOWER, 1)}+${fake.chars('alpha', 9)}-${fake.chars(LOWER, 2)}-${fake.chars(LOWER, 4)}${fake.chars('digit', 1)}`;

  it('trufflehog: found in prose, and nothing where it expects nothing', async () => {
    const [a, b] = [trufflehogKey(), trufflehogKey()];
    const root = makeTree({
      'found.txt': `You can find a pagerdutyapikey secret ${a} within\n`,
      'unverified.txt': `You can find a pagerdutyapikey secret ${b} within but not valid\n`,
      'none.txt': 'You cannot find the secret within\n',
    });
    const { result, report } = await scanJson([root, '--show-secrets']);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.ruleId, f.secret])).toEqual([
      ['found.txt', 'pagerduty-rest-api-key', a],
      ['unverified.txt', 'pagerduty-rest-api-key', b],
    ]);
  });
});

describe('weights in a pattern file', () => {
  const rule = (context: string) => `version: 1
rules:
  - id: acme-relay-token
    name: Acme relay token
    description: A relay token.
    confidence: medium
    severity: high
    verify: none
    keywords: [relay]
    patterns:
      - regex: '(?:^|[^A-Za-z0-9])([A-Za-z0-9]{24})(?![A-Za-z0-9])'
        threshold: 1
        context:
${context}
    secret:
      min_entropy: 3
    remediation: Rotate it.
    help_uri: https://example.test/relay
    tags: [secret]
    examples: []
    negative_examples: []
`;
  const twoWeak = `          - line: 'relay'
            weight: 0.5
            as: relay-on-the-line
          - name: 'token$'
            weight: 0.5
            as: token-name
            about: credential`;

  it('weak evidence counts only together, and the report says which', async () => {
    const token = fake.chars('alnum', 23) + '7';
    const root = makeTree({ 'rules.yaml': rule(twoWeak), 'a.env': `relay_token=${token}\n`, 'b.env': `relay_url=${token}\n` });
    const { result, report } = await scanJson([root, '--patterns', join(root, 'rules.yaml'), '--exclude', 'rules.yaml', '--show-secrets']);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, (f as { evidence?: string[] }).evidence])).toEqual([['a.env', ['relay-on-the-line +0.5', 'token-name +0.5']]]);
  });

  it('entries without a group are each their own, and weights that add up to the threshold reach it', async () => {
    const token = fake.chars('alnum', 23) + '7';
    const entries = (specs: [string, number][]) => specs.map(([regex, weight]) => `          - line: '${regex}'\n            weight: ${weight}`).join('\n');
    const twoNear = makeTree({ 'rules.yaml': rule(entries([['relay', 0.5], ['bridge', 0.5]])), 'a.env': `# relay bridge\nv=${token} relay bridge\n` });
    expect((await scanJson([twoNear, '--patterns', join(twoNear, 'rules.yaml'), '--exclude', 'rules.yaml'])).report.findings).toHaveLength(1);
    const tenths = makeTree({ 'rules.yaml': rule(entries([['relay', 0.7], ['x1', 0.2], ['x2', 0.1]])), 'a.env': `relay x1 x2 v=${token}\n` });
    expect((await scanJson([tenths, '--patterns', join(tenths, 'rules.yaml'), '--exclude', 'rules.yaml'])).report.findings).toHaveLength(1);
  });

  it('a weight out of range is a one-line error naming the file and rule (exit 2)', async () => {
    const root = makeTree({ 'a.env': 'relay\n' });
    const file = join(root, 'rules.yaml');
    writeFileSync(file, rule(`          - line: 'relay'\n            weight: -1`));
    const result = await runCli(['scan', root, '--patterns', file]);
    expect(result.code).toBe(2);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/acme-relay-token.*weight.*must be a number/);
  });
});

describe('a calendar feed is reported as its URL', () => {
  it('whole, from the scheme (or the host) to /feed; escaped, decoded; a placeholder key is not one', async () => {
    const [a, b, c] = [fake.chars('alnum', 20) + '7', fake.chars('alnum', 24) + 'Q', fake.chars('alnum', 16) + '3'];
    const root = makeTree({
      'cal.yml': `oncall: webcal://acme.pagerduty.com/private/${a}/feed/PABCDEF\nmirror: acme.eu.pagerduty.com/private/${b}/feed\nexample: https://webcal.pagerduty.com/private/ABCDEFGHIJKLMNOP/feed\n`,
      'slack.json': `{"text":"https:\\/\\/acme.pagerduty.com\\/private\\/${c}\\/feed"}\n`,
    });
    const { result, report } = await scanJson([root, '--show-secrets']);
    expect(result.code, result.stderr).toBe(1);
    expect(report.findings.map((f) => [f.path, f.line, f.column, f.ruleId, f.secret])).toEqual([
      ['cal.yml', 1, 9, 'pagerduty-ical-feed-url', `webcal://acme.pagerduty.com/private/${a}/feed`],
      ['cal.yml', 2, 9, 'pagerduty-ical-feed-url', `acme.eu.pagerduty.com/private/${b}/feed`],
      ['slack.json', 1, 10, 'pagerduty-ical-feed-url', `https://acme.pagerduty.com/private/${c}/feed`],
    ]);
    // One key is one credential, whatever scheme its URL is written with.
    const same = makeTree({ 'a.yml': `a: https://acme.pagerduty.com/private/${a}/feed\nb: webcal://acme.pagerduty.com/private/${a}/feed\n` });
    const hashes = (await scanJson([same])).report.findings.map((f) => f.secretHash);
    expect(hashes).toHaveLength(2);
    expect(new Set(hashes).size).toBe(1);
    const redacted = await scanJson([root]);
    expect(redacted.report.findings[0]!.secret).toMatch(/^webcal:\/\/acme\.pagerduty\.com\/private\/.{2}…/);
    expect(JSON.stringify(redacted.report)).not.toContain(a);
  });
});
