// Planted tokens: the file types generated, which token kinds each may hold, and how each kind is written in each type.
export const FILE_TYPES = [
  { ext: 'ts', weight: 22, pool: 'ts', indent: '  ', nest: 'brace' },
  { ext: 'js', weight: 7, pool: 'ts', indent: '  ', nest: 'brace' },
  { ext: 'py', weight: 14, pool: 'py', indent: '    ', nest: 'colon' },
  { ext: 'go', weight: 7, pool: 'go', indent: '\t', nest: 'brace' },
  { ext: 'yaml', weight: 10, pool: 'yaml', indent: '  ', nest: 'colon' },
  { ext: 'yml', weight: 3, pool: 'yaml', indent: '  ', nest: 'colon' },
  { ext: 'json', weight: 7, pool: 'json', indent: '  ', nest: 'brace' },
  { ext: 'md', weight: 6, pool: 'md', indent: '' },
  { ext: 'sh', weight: 3, pool: 'sh', indent: '  ', nest: 'brace' },
  { ext: 'toml', weight: 2, pool: 'toml', indent: '' },
  { ext: 'log', weight: 5, pool: 'log', indent: '' },
  { ext: 'min.js', weight: 2, minified: true },
  { ext: 'env', weight: 2, pool: 'env', indent: '' },
];
const TEXT_EXTS = FILE_TYPES.map((t) => t.ext);

export const PLANT_KINDS = [
  { kind: 'rest', weight: 40, exts: ['env', 'sh', 'py', 'ts', 'js', 'yaml', 'yml', 'json', 'go', 'toml'] },
  { kind: 'events', weight: 25, exts: ['yaml', 'yml'] },
  { kind: 'oauth', weight: 25, exts: TEXT_EXTS },
  { kind: 'oauth-urlencoded', weight: 10, exts: ['log', 'md', 'sh'] },
];

/**
 * The lines that hold one planted token, as that file type would write it: { lines, at (index of
 * the token's line), secret (as pdguard reports it) }.
 */
export function plantBlock(kind, ext, tokens, k) {
  if (kind === 'rest') {
    const key = tokens.rest();
    const line = {
      env: `${k.pick(['PAGERDUTY_TOKEN', 'PAGERDUTY_API_KEY', 'PD_API_KEY'])}=${key}`,
      sh: `export PAGERDUTY_TOKEN="${key}"`,
      py: `PAGERDUTY_API_KEY = "${key}"`,
      ts: `const PAGERDUTY_TOKEN = '${key}';`,
      js: `const PAGERDUTY_TOKEN = '${key}';`,
      yaml: `pagerduty_token: "${key}"`,
      yml: `pagerduty_token: "${key}"`,
      json: `"pagerduty_token": "${key}",`,
      go: `const pagerDutyToken = "${key}"`,
      toml: `pagerduty_token = "${key}"`,
    }[ext];
    return { lines: [line], at: 0, secret: key };
  }
  if (kind === 'events') {
    const key = tokens.events();
    const lines = ['receivers:', `  - name: oncall-${k.word()}`, '    pagerduty_configs:', `      - routing_key: ${key}`, '        severity: critical'];
    return { lines, at: 3, secret: key };
  }
  const token = tokens.oauth();
  if (kind === 'oauth-urlencoded') {
    const encoded = token.replace('+', '%2B');
    const body = `grant_type=refresh_token&refresh_token=${encoded}&client_id=${k.uuid()}`;
    const line = ext === 'log' ? `${k.timestamp()} INFO [http] POST /oauth/token body=${body}` : `curl -X POST https://identity.pagerduty.com/oauth/token -d "${body}"`;
    return { lines: [line], at: 0, secret: token };
  }
  const line = {
    json: `"access_token": "${token}",`,
    log: `${k.timestamp()} DEBUG [oauth] token refreshed access_token=${token} expires_in=86400`,
    md: `curl -H "Authorization: Bearer ${token}" https://api.pagerduty.com/users/me`,
    sh: `curl -H "Authorization: Bearer ${token}" https://api.pagerduty.com/users/me`,
    py: `token = "${token}"`,
    go: `token := "${token}"`,
    yaml: `access_token: ${token}`,
    yml: `access_token: ${token}`,
    env: `PD_OAUTH_TOKEN=${token}`,
    toml: `token = "${token}"`,
  }[ext] ?? `const token = '${token}';`;
  return { lines: [line], at: 0, secret: token };
}
