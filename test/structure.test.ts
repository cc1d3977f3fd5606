/**
 * The structural model (src/engine/structure.ts) and decoding (src/engine/decode.ts), on their own
 * and through the real engine: what encloses a value, what it is named, and what it costs.
 */
import { describe, expect, it } from 'vitest';
import { CompiledRules } from '../src/engine/compiled-rules.js';
import { decodedTokens } from '../src/engine/decode.js';
import { StreamScanner, scanString } from '../src/engine/stream.js';
import { StructureReader, nameBefore } from '../src/engine/structure.js';
import { toFindings } from '../src/pipeline/findings.js';
import { loadPatterns } from '../src/patterns/load.js';
import { FakeSecrets } from './helpers/fake.js';

const engine = new CompiledRules(loadPatterns());
const fake = new FakeSecrets(21);

/** The structure of the value `needle` in `text`. */
function at(text: string, needle: string) {
  const i = text.indexOf(needle);
  if (i < 0) throw new Error(`no ${needle}`);
  return new StructureReader(text).at(i, i + needle.length);
}

describe('structure', () => {
  it('names an argument on a line of its own by the argument before it, in a call opened earlier', () => {
    expect(at('token = os.getenv(\n    "PD_API_KEY",\n    "VALUE123",\n)\n', 'VALUE123').name).toBe('PD_API_KEY');
    expect(at('SECRET = ENV.fetch(\n  "PAGERDUTY_WEBHOOK_SECRET", # set in ECS\n  "VALUE123"\n)\n', 'VALUE123').name).toBe('PAGERDUTY_WEBHOOK_SECRET');
    expect(at('token = os.getenv(\r\n    "PD_API_KEY",\r\n    "VALUE123",\r\n)\r\n', 'VALUE123').name).toBe('PD_API_KEY');
    // Not a call: a list of strings; and not an argument two lines below another.
    expect(at('NAMES = [\n    "PD_API_KEY",\n    "VALUE123",\n]\n', 'VALUE123').name).not.toBe('PD_API_KEY');
    expect(at('f(\n  "PD_API_KEY",\n  other,\n  "VALUE123"\n)\n', 'VALUE123').name).not.toBe('PD_API_KEY');
  });

  it('names a value by its key, with or without a type annotation, escaped or not', () => {
    expect(nameBefore('const PD_KEY: &str = "')).toBe('PD_KEY');
    expect(nameBefore('    private const val PAGERDUTY_KEY: String = "')).toBe('PAGERDUTY_KEY');
    expect(nameBefore('export const pdToken: string = \'')).toBe('pdToken');
    expect(nameBefore('{\\"routing_key\\":\\"')).toBe('routing_key');
    expect(nameBefore('pagerduty:token: "')).toBe('pagerduty:token');
    expect(nameBefore('  --routing-key ')).toBe('--routing-key');
    expect(nameBefore('req.set("X-Routing-Key", "')).toBe('X-Routing-Key');
    expect(nameBefore('AIRFLOW_CONN_PD=pagerduty://:')).toBe('pagerduty://');
  });

  it('names each of several values in one field by the field, and nothing else so', () => {
    const [k1, k2, k3] = [fake.eventsKey(), fake.eventsKey(), fake.eventsKey()];
    expect(nameBefore(`role_recipients_pd[dba]="${k1} `)).toBe('role_recipients_pd[dba]');
    expect(nameBefore(`PAGERDUTY_KEYS="${k1},${k2}, `)).toBe('PAGERDUTY_KEYS');
    expect(nameBefore(`  keys: ${k1} ${k2}; ${k3} `)).toBe('keys');
    expect(nameBefore(`  --routing-key-list ${k1} `)).toBe('--routing-key-list');
    // A word before the value is not a value of the list: nor is a run of letters without a digit.
    expect(nameBefore('role_recipients_pd[dba]="oncall-primary ')).toBe('');
    expect(nameBefore('notes: escalation_policy_primary ')).toBe('');
    // At most a few values back: a line of many is no field of keys.
    expect(nameBefore(`keys: ${[k1, k2, k3, k1, k2].join(' ')} `)).toBe('');
  });

  it('names a generic value field by its pair', () => {
    expect(at('env:\n  - name: A\n    value: b\n  - name: PAGERDUTY_TOKEN\n    value: "VALUE"\n  - name: C\n', 'VALUE').name).toBe('PAGERDUTY_TOKEN');
    expect(at('env:\n  - {name: PAGERDUTY_TOKEN, value: "VALUE"}\n', 'VALUE').name).toBe('PAGERDUTY_TOKEN');
    expect(at('<configuration>\n <appSettings>\n  <add key="PagerDuty:ApiKey" value="VALUE"/>\n </appSettings>\n</configuration>\n', 'VALUE').name).toBe('PagerDuty:ApiKey');
    expect(at('[{"key": "pd_token", "value": "VALUE", "enabled": true}]', 'VALUE').name).toBe('pd_token');
    expect(at("UPDATE settings SET value = 'VALUE' WHERE key = 'pagerduty_api_token';", 'VALUE').name).toBe('pagerduty_api_token');
    expect(at('aws ssm put-parameter \\\n  --name /prod/pagerduty/api-token \\\n  --value VALUE\n', 'VALUE').name).toBe('/prod/pagerduty/api-token');
  });

  it('names a table cell by its column: CSV, Markdown, SQL', () => {
    expect(at('vendor,key,owner\nslack,abc,me\npagerduty,VALUE,you\n', 'VALUE')).toMatchObject({ name: 'key', table: 'vendor,key,owner\npagerduty,VALUE,you' });
    expect(at('INSERT INTO t (team, vendor, api_key) VALUES\n  (\'sre\', \'pagerduty\', \'VALUE\');\n', 'VALUE').name).toBe('api_key');
  });

  it('gives the key path, block labels included, however far above', () => {
    expect(at('resource "aws_ssm_parameter" "pagerduty_routing_key" {\n  name  = "/x"\n  value = "VALUE"\n}\n', 'VALUE').path).toEqual([
      'resource "aws_ssm_parameter" "pagerduty_routing_key"',
    ]);
    const far = `pagerduty:\n${'  # a long comment block\n'.repeat(300)}  routing:\n    critical: VALUE\n`;
    expect(at(far, 'VALUE').path).toEqual(['routing:', 'pagerduty:']);
    expect(at('receivers:\n- name: oncall\n  pagerduty_configs:\n  - routing_key: VALUE\n', 'VALUE').path).toEqual(['pagerduty_configs:', 'receivers:']);
    expect(at('[pagerduty]\nother = 1\nkey = VALUE\n', 'VALUE').path).toEqual(['[pagerduty]']);
  });

  it('gives the siblings of the value and of its parents, lists left out', () => {
    const grafana = 'receivers:\n  - uid: pd\n    type: pagerduty\n    settings:\n      integrationKey: VALUE\n  - uid: slack\n    type: slack\n';
    const levels = at(grafana, 'VALUE').levels;
    expect(levels[0]).toContain('integrationKey');
    expect(levels[1]).toContain('type: pagerduty');
    expect(levels[1]).not.toContain('type: slack');
    const json = '[{"vendor": "pagerduty", "target": "P1"}, {"vendor": "webhook", "target": "VALUE"}]';
    expect(at(json, 'VALUE').levels.join('\n')).not.toContain('pagerduty');
  });

  it('gives the calls a value is an argument of', () => {
    expect(at('x = EventsV2::new(String::from("VALUE"), None);\n', 'VALUE').calls).toEqual(['String::from', 'EventsV2::new']);
    expect(at('"s = pdpyras.APISession(\\"VALUE\\")\\n",', 'VALUE').calls).toEqual(['pdpyras.APISession']);
    expect(at('var pd = new PagerDutyAPI("acme", "VALUE");', 'VALUE').calls).toEqual(['new PagerDutyAPI']);
  });

  it('finds the same whatever sizes the stream comes in: far parents, blocks and floors included', () => {
    // Parents 21 to 27 KB above (more than the old 16 KB look-back, within STRUCTURE_REACH), after
    // far more text than one piece of the stream: whether the file comes whole or in any pieces,
    // the structure walks must see the same text, so the findings must be the same.
    const planted: string[] = [];
    const others: string[] = [];
    const block = (i: number) => {
      const key = fake.eventsKey();
      const other = fake.eventsKey();
      planted.push(key);
      others.push(other);
      return `service_${i}:\n  pagerduty:\n${'    # escalation notes for the on-call rotation\n'.repeat(450 + (i % 7) * 20)}    routing:\n      # rotated with the PagerDuty service, see the runbook\n      critical: ${key}\n  other:\n    critical: ${other}\n`;
    };
    const text = `${'# filler line that names no vendor at all\n'.repeat(9_000)}${Array.from({ length: 12 }, (_, i) => block(i)).join('')}`;
    const bytes = Buffer.from(text);
    const brief = (m: { rule: { id: string }; secret: string; line: number; column: number }) => `${m.rule.id} ${m.line}:${m.column} ${m.secret}`;
    const whole = scanString(engine, text);
    // Every PagerDuty child is found; `other:`'s never.
    expect(whole.map((m) => m.secret)).toEqual(planted);
    expect(others.some((o) => text.includes(o))).toBe(true);
    for (const size of [1_000, 4_096, 65_536, 100_003, 262_144]) {
      const scanner = new StreamScanner(engine);
      const got = [];
      for (let at = 0; at < bytes.length; at += size) got.push(...scanner.push(bytes.subarray(at, at + size)));
      got.push(...scanner.end());
      expect(got.map(brief), `pieces of ${size} bytes`).toEqual(whole.map(brief));
    }
  });

  it('costs time linear in the text, however many candidates it holds', () => {
    // Every line is a candidate whose parent is far above: without memoising, quadratic.
    const unit = (i: number) => `  key_${i}: ${fake.eventsKey()}\n`;
    const text = (n: number) => `pagerduty:\n${Array.from({ length: n }, (_, i) => unit(i)).join('')}`;
    const small = text(2_000);
    const large = text(8_000);
    const time = (t: string) => {
      let best = Infinity;
      for (let k = 0; k < 3; k++) {
        const started = performance.now();
        scanString(engine, t);
        best = Math.min(best, performance.now() - started);
      }
      return best;
    };
    time(small);
    const ratio = time(large) / Math.max(time(small), 1);
    expect(ratio, 'four times the text').toBeLessThan(12);
  });
});

describe('decoding', () => {
  it('decodes base64 (newline from echo dropped), \\u escapes and percent-encoding, once', () => {
    const key = fake.eventsKey();
    const b64 = Buffer.from(`${key}\n`).toString('base64');
    expect(decodedTokens(`k: ${b64}\n`, 0, 100, ['base64']).map((t) => t.decoded)).toEqual([key]);
    expect(decodedTokens('"ApiKey": "abcDEF12\\u002Bxyz_98765a"', 0, 100, ['json-unicode']).map((t) => t.decoded)).toEqual(['abcDEF12+xyz_98765a']);
    expect(decodedTokens('pw=abcDEF12%2Bxyz_98765a&', 0, 100, ['url']).map((t) => t.decoded)).toEqual(['abcDEF12+xyz_98765a']);
    // Binary is no credential; base64 of base64 is decoded once only.
    expect(decodedTokens(`k: ${Buffer.from([0, 1, 2, 250, 251, 252, 3, 4, 5, 6, 7, 8]).toString('base64')}\n`, 0, 100, ['base64'])).toEqual([]);
    const twice = Buffer.from(Buffer.from(key).toString('base64')).toString('base64');
    expect(decodedTokens(`k: ${twice}\n`, 0, 200, ['base64']).map((t) => t.decoded)).toEqual([Buffer.from(key).toString('base64')]);
  });

  it('reports a decoded secret at the encoded text, says how it was decoded, and hashes the secret', () => {
    const key = fake.eventsKey();
    const encoded = Buffer.from(key).toString('base64');
    const text = `kind: Secret\nmetadata:\n  name: pagerduty-events\ndata:\n  routing-key: ${encoded}\n`;
    const [finding] = toFindings(scanString(engine, text), 'secret.yaml').map((r) => r.finding);
    expect(finding).toMatchObject({ ruleId: 'pagerduty-events-key', secret: key, decoded: 'base64', line: 5, column: 16, endColumn: 16 + encoded.length });
    expect(finding!.redacted).not.toContain(key);
  });

  it('keeps another vendor block silent, whatever mentions PagerDuty elsewhere in the file', () => {
    const text = `global:\n  pagerduty_url: https://events.pagerduty.com/v2/enqueue\nreceivers:\n- name: vo\n  victorops_configs:\n  - routing_key: ${fake.eventsKey()}\n`;
    expect(scanString(engine, text)).toEqual([]);
  });
});
