/**
 * Which rules a scan runs: the built-in (or given) rules, the pattern files `.pdguard.yaml` names,
 * then the selection: `--enable-rule` runs only the rules named (as gitleaks' flag does), else
 * every rule but those `rules.disable` lists; `--disable-rule` leaves out more. An id that names no
 * rule is an error (a typo must not look like a choice), and so is a selection that leaves none.
 */
import { ConfigError, UsageError, errorMessage } from '../errors.js';
import { compilePatternFile } from '../patterns/load.js';
import type { Rule } from '../types.js';
import { CONFIG_LIMIT, RefusedRead, readBoundedFile } from '../util/read-bounded.js';
import type { Config } from './config.js';

export interface RuleSelection {
  /** `--enable-rule`: only these. */
  enable?: readonly string[];
  /** `--disable-rule`: not these. */
  disable?: readonly string[];
}

/** The rules of the pattern files a configuration names. */
function configPatternRules(config: Config): Rule[] {
  return (config.patterns ?? []).flatMap((file) => {
    let text: string;
    try {
      text = readBoundedFile(file, CONFIG_LIMIT, { followLinks: !config.confined });
    } catch (error) {
      if (error instanceof RefusedRead) throw new ConfigError(`${config.file}: patterns: ${file} not read: it ${error.message}`);
      throw new ConfigError(`${config.file}: patterns: cannot read ${file} (${(error as NodeJS.ErrnoException).code ?? errorMessage(error)})`);
    }
    return compilePatternFile(file, text);
  });
}

export function selectRules(base: readonly Rule[], config: Config, selection: RuleSelection = {}): Rule[] {
  const all = [...base];
  const ids = new Map(all.map((r) => [r.id, r.source]));
  for (const rule of configPatternRules(config)) {
    const first = ids.get(rule.id);
    if (first !== undefined) throw new ConfigError(`${rule.source}: rule '${rule.id}': id already defined in ${first}`);
    ids.set(rule.id, rule.source);
    all.push(rule);
  }
  const known = (id: string, where: string, error: (message: string) => Error): void => {
    if (!ids.has(id)) throw error(`${where}: no rule has the id '${id}' (pdguard rules lists them)`);
  };
  for (const id of config.disableRules ?? []) known(id, `${config.file}: rules.disable`, (m) => new ConfigError(m));
  for (const id of selection.enable ?? []) known(id, '--enable-rule', (m) => new UsageError(m));
  for (const id of selection.disable ?? []) known(id, '--disable-rule', (m) => new UsageError(m));

  const enable = new Set(selection.enable ?? []);
  const disable = new Set([...(enable.size ? [] : (config.disableRules ?? [])), ...(selection.disable ?? [])]);
  const chosen = all.filter((r) => (enable.size === 0 || enable.has(r.id)) && !disable.has(r.id));
  if (chosen.length === 0) throw new UsageError('the rule selection leaves no rule to run: nothing would be scanned (see --enable-rule, --disable-rule and rules.disable)');
  return chosen;
}
