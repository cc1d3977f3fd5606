// Text that names PagerDuty on every line: what the repositories that configure PagerDuty hold
// (Alertmanager receivers, Helm values, Terraform, .env files). Every line holds a rule keyword, so
// the prefilter skips nothing and the cost per candidate and per region is what is measured.
// A few fake credentials are planted at known lines; everything else is near misses (ids, hashes,
// dedup keys, other vendors' keys beside PagerDuty blocks).
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { FakeTokens, HEX, Rng } from './rng.mjs';

const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';

/** One Alertmanager/Helm-style document of about `lines` lines; planted tokens are pushed to `planted`. */
function document(rng, tokens, file, lines, planted, plantEvery) {
  const out = [];
  const push = (line) => out.push(line);
  const plant = (make, prefix, suffix = '') => {
    const secret = make();
    planted.push({ path: file, line: out.length + 1, secret });
    push(`${prefix}${secret}${suffix}`);
  };
  while (out.length < lines) {
    const team = `team-${rng.chars('abcdefghijklmnopqrstuvwxyz', 6)}`;
    const service = `svc-${rng.int(1, 9999)}`;
    switch (rng.int(0, 4)) {
      case 0: // Alertmanager receivers
        push(`# pagerduty receiver for ${team}, escalates to the pagerduty on-call of ${service}`);
        push(`- name: pagerduty-${team}`);
        push(`  pagerduty_configs: # pagerduty events v2`);
        if (rng.chance(plantEvery)) plant(() => tokens.events(), `    - routing_key: `, ' # pagerduty');
        else push(`    - routing_key_file: /etc/alertmanager/secrets/pagerduty-${team}.key # pagerduty`);
        push(`      url: https://events.pagerduty.com/v2/enqueue # pagerduty endpoint`);
        push(`      description: '{{ template "pagerduty.default.description" . }}' # pagerduty`);
        push(`      client: pagerduty-alertmanager-${service}`);
        push(`      dedup_key: ${rng.chars(HEX, 32)} # pagerduty dedup, not a credential`);
        push(`      severity: critical # pagerduty severity`);
        push(`      details: { pagerduty_service: "${service}", pagerduty_id: "P${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}" }`);
        break;
      case 1: // Helm values
        push(`pagerduty: # pagerduty integration of ${team}`);
        push(`  enabled: true # pagerduty`);
        push(`  serviceId: P${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)} # pagerduty service id`);
        push(`  escalationPolicy: pagerduty-${team}-primary`);
        if (rng.chance(plantEvery)) plant(() => tokens.rest(), `  apiToken: `, ' # pagerduty rest api token');
        else push(`  apiTokenSecretRef: pagerduty-${team}-token # pagerduty`);
        push(`  checksum: ${rng.chars(HEX, 64)} # pagerduty values checksum`);
        push(`  image: registry.example.com/pagerduty/agent:${rng.int(1, 9)}.${rng.int(0, 30)} # pagerduty`);
        break;
      case 2: // Terraform
        push(`resource "pagerduty_service" "${service.replace('-', '_')}" { # pagerduty`);
        push(`  name = "pagerduty ${service}"`);
        push(`  escalation_policy = pagerduty_escalation_policy.${team.replace('-', '_')}.id`);
        push(`  acknowledgement_timeout = ${rng.int(60, 3600)} # pagerduty`);
        push(`} # pagerduty_service`);
        push(`resource "pagerduty_service_integration" "${team.replace('-', '_')}" { # pagerduty`);
        push(`  service = pagerduty_service.${service.replace('-', '_')}.id`);
        push(`  vendor  = data.pagerduty_vendor.datadog.id # pagerduty vendor`);
        push(`} # pagerduty_service_integration`);
        break;
      case 3: // .env and shell
        push(`PAGERDUTY_SERVICE=${service} # pagerduty`);
        push(`PAGERDUTY_USER_EMAIL=oncall+${team}@example.com # pagerduty`);
        if (rng.chance(plantEvery)) plant(() => tokens.events(), `PAGERDUTY_ROUTING_KEY=`);
        else push(`PAGERDUTY_ROUTING_KEY=\${PAGERDUTY_ROUTING_KEY_FROM_VAULT} # pagerduty`);
        push(`PAGERDUTY_INCIDENT_KEY=${rng.chars(ALNUM, 32)} # pagerduty incident key, not a credential`);
        push(`DD_API_KEY=${rng.chars(HEX, 32)} # datadog, beside pagerduty`);
        push(`pd_${team.replace('-', '_')}_commit=${rng.chars(HEX, 40)} # pagerduty deploy`);
        break;
      default: // JSON
        push(`{"pagerduty": {"service": "${service}", "team": "${team}", "id": "P${rng.chars('ABCDEFGHJKLMNPQRSTUVWXYZ0123456789', 6)}"}},`);
        push(`{"pagerduty": {"event_action": "trigger", "dedup_key": "${rng.chars(ALNUM, 32)}", "source": "${service}"}},`);
        push(`{"pagerduty": {"summary": "pagerduty ${service} latency", "sha": "${rng.chars(HEX, 40)}"}},`);
        break;
    }
  }
  return `${out.join('\n')}\n`;
}

/**
 * Writes `files` documents of `linesPerFile` lines each into `dir`; returns what cache.mjs keeps:
 * { files, bytes, lines, planted: [{ path, line, secret }] }.
 */
export function generateDense(dir, { files = 40, linesPerFile = 20000, seed = 1, plantEvery = 0.002 } = {}) {
  const rng = new Rng(seed);
  const tokens = new FakeTokens(rng);
  const planted = [];
  let bytes = 0;
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < files; i++) {
    const file = `pagerduty-${String(i).padStart(3, '0')}.yaml`;
    const text = document(rng, tokens, file, linesPerFile, planted, plantEvery);
    writeFileSync(join(dir, file), text);
    bytes += Buffer.byteLength(text);
  }
  return { files, bytes, lines: files * linesPerFile, planted };
}
