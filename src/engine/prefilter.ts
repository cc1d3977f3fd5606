/**
 * The literal prefilter: one case-insensitive pass over the text finds which rules' keywords occur,
 * so that only those rules' regexes run. Most text has none, and then no rule runs at all.
 */
import type { Rule } from '../types.js';

function escapeRegex(literal: string): string {
  return literal.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

interface TrieNode {
  children: Map<string, TrieNode>;
  terminal: boolean;
}

/**
 * One regex for all keywords, factored as a trie (`p(?:d(?:_|-|us\+)|agerduty)`): V8 scans an
 * alternation several times faster when its branches start with few distinct characters.
 * It matches exactly the keywords, and the longest one at a position.
 */
export function trieSource(keywords: readonly string[]): string {
  const root: TrieNode = { children: new Map(), terminal: false };
  for (const keyword of keywords) {
    let node = root;
    for (const ch of keyword) {
      let next = node.children.get(ch);
      if (!next) node.children.set(ch, (next = { children: new Map(), terminal: false }));
      node = next;
    }
    node.terminal = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.children].map(([ch, child]) => escapeRegex(ch) + emit(child));
    if (branches.length === 0) return '';
    const body = branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
    if (!node.terminal) return body;
    return branches.length === 1 && branches[0]!.length === 1 ? `${body}?` : `(?:${branches.join('|')})?`;
  };
  return emit(root);
}

export class Prefilter {
  private readonly keywordRegex: RegExp | null;
  private readonly rulesByKeyword = new Map<string, Rule[]>();
  private readonly alwaysOn: Rule[];

  constructor(readonly rules: readonly Rule[]) {
    this.alwaysOn = rules.filter((r) => r.keywords.length === 0);
    for (const rule of rules) {
      for (const keyword of rule.keywords) {
        const list = this.rulesByKeyword.get(keyword) ?? [];
        list.push(rule);
        this.rulesByKeyword.set(keyword, list);
      }
    }
    // A keyword found also stands for every keyword inside it ("pagerduty.com/private/" holds
    // "pagerduty"), since the alternation reports only one keyword at a position.
    const keywords = [...this.rulesByKeyword.keys()].sort((a, b) => b.length - a.length);
    for (const outer of keywords) {
      const rules = new Set(this.rulesByKeyword.get(outer));
      for (const inner of keywords) if (inner !== outer && outer.includes(inner)) for (const r of this.rulesByKeyword.get(inner) ?? []) rules.add(r);
      this.rulesByKeyword.set(outer, [...rules]);
    }
    this.keywordRegex = keywords.length ? new RegExp(trieSource(keywords), 'gi') : null;
  }

  /** The rules worth running on `text`, in their original order. */
  rulesFor(text: string): Rule[] {
    if (!this.keywordRegex) return [...this.alwaysOn];
    const active = new Set<Rule>(this.alwaysOn);
    const seen = new Set<string>();
    const regex = this.keywordRegex;
    regex.lastIndex = 0;
    let match: RegExpExecArray | null;
    while (seen.size < this.rulesByKeyword.size && (match = regex.exec(text)) !== null) {
      // Step one character, not past the match: keywords may overlap ("pdus+" and "+_").
      regex.lastIndex = match.index + 1;
      const keyword = match[0].toLowerCase();
      if (seen.has(keyword)) continue;
      seen.add(keyword);
      for (const rule of this.rulesByKeyword.get(keyword) ?? []) active.add(rule);
    }
    if (active.size === 0) return [];
    return this.rules.filter((r) => active.has(r));
  }
}
