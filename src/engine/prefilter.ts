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

const ALNUM = /[A-Za-z0-9]/;

/**
 * Whether a keyword occurrence can name a credential, not just hold the keyword's letters: a short
 * name prefix (`pd_`, `pd-`) starts a word (`upd_index` does not), and a keyword ending in a
 * separator is followed by the rest of a name or token (`pd_token`, `+_0a…`; not C's `pd->next`
 * or `x++_`), and one opening with a separator ends a word. Without this, C and C++ sources hold a keyword every few kilobytes, and every rule
 * would run on most of them.
 */
function standsAsKeyword(text: string, at: number, keyword: string): boolean {
  if (keyword.length <= 3 && ALNUM.test(keyword[0]!) && at > 0 && ALNUM.test(text[at - 1]!)) return false;
  // One that opens with a separator ends a name (`ROUTING_KEY_PD`): not `_pdf`.
  if ((keyword[0] === '_' || keyword[0] === '-') && ALNUM.test(text[at + keyword.length] ?? '')) return false;
  const last = keyword[keyword.length - 1]!;
  if (last === '_' || last === '-') {
    const next = text[at + keyword.length];
    if (next === undefined || !ALNUM.test(next)) return false;
  }
  return true;
}

export class Prefilter {
  private readonly keywordRegex: RegExp | null;
  private readonly rulesByKeyword = new Map<string, Rule[]>();
  private readonly alwaysOn: Rule[];
  /**
   * Every keyword, lower case, each once (longest first): what the byte kernel (kernel.ts) searches
   * for; its hits name keywords by their index here.
   */
  readonly keywords: readonly string[];
  /** Length of the longest keyword: how far before a region a keyword can start and still reach it. */
  private readonly longestKeyword: number;
  /**
   * By keyword index: the rules it serves, as indices into `rules` (a rule's first place). A
   * region's bookkeeping is by index, not by Map: it runs once per keyword occurrence, most of them
   * in the first milliseconds of a scan, before the JIT has compiled anything.
   */
  private readonly wordRules: number[][];
  private readonly wordIndex = new Map<string, number>();
  private readonly alwaysOnIndices: number[];

  constructor(readonly rules: readonly Rule[]) {
    this.alwaysOn = rules.filter((r) => r.keywords.length === 0);
    for (const rule of rules) {
      // Lower case, as the regex reports them (the pattern loader lowers them already).
      for (const keyword of rule.keywords.map((k) => k.toLowerCase())) {
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
    this.keywords = keywords;
    this.longestKeyword = Math.max(0, ...keywords.map((k) => k.length));
    const firstPlace = new Map<Rule, number>();
    rules.forEach((rule, i) => firstPlace.has(rule) || firstPlace.set(rule, i));
    keywords.forEach((k, i) => this.wordIndex.set(k, i));
    this.wordRules = keywords.map((k) => this.rulesByKeyword.get(k)!.map((r) => firstPlace.get(r)!));
    this.alwaysOnIndices = [...new Set(this.alwaysOn.map((r) => firstPlace.get(r)!))];
  }

  /** Rules without keywords run on all text: then no text can be skipped for holding no keyword. */
  get runsEverywhere(): boolean {
    return this.alwaysOn.length > 0;
  }

  /** The rules worth running on `text`, in their original order. */
  rulesFor(text: string): Rule[] {
    return [...this.regionsFor(text, 0, text.length).keys()];
  }

  /**
   * Where each rule is worth running within [from, to): around its keywords' occurrences, `reach`
   * characters either way (a keyword anywhere in `text`, look-back included, counts). A rule finds
   * nothing further from its keywords than the context checks look, so the rest is skipped: a
   * large file with a keyword every megabyte costs one pass of the prefilter, not one of every regex.
   *
   * `bytes`, when `text` is the latin1 view of a byte kernel's window (kernel.ts) made for these
   * keywords, finds the keywords in the bytes with SIMD instead of the regex: the same occurrences,
   * so the same regions, several times faster where every line names PagerDuty.
   */
  regionsFor(text: string, from: number, to: number, reach = Infinity, bytes?: KeywordHits): Map<Rule, [number, number][]> {
    // By rule index; a Map in the rules' order at the end.
    const lists: ([number, number][] | undefined)[] = new Array(this.rules.length);
    for (const r of this.alwaysOnIndices) lists[r] = [[from, to]];
    const regex = this.keywordRegex;
    if (regex) {
      // Only keywords that can reach [from, to) count: search from `reach` (and a keyword's length)
      // before it to `reach` after it, not the whole look-back and carry.
      const searchStart = Number.isFinite(reach) ? Math.max(0, from - reach - this.longestKeyword) : 0;
      const searchEnd = to + reach;
      if (bytes) {
        const hits = bytes.keywordHits(searchStart, Math.min(searchEnd, text.length), text.length);
        for (let k = 0; k < hits.length; k += 2) this.addHit(lists, text, hits[k]!, hits[k + 1]!, from, to, reach);
      } else {
        regex.lastIndex = searchStart;
        let match: RegExpExecArray | null;
        while ((match = regex.exec(text)) !== null && match.index < searchEnd) {
          // Step one character, not past the match: keywords may overlap ("pdus+" and "+_").
          regex.lastIndex = match.index + 1;
          this.addHit(lists, text, match.index, this.wordIndex.get(match[0].toLowerCase())!, from, to, reach);
        }
      }
    }
    const regions = new Map<Rule, [number, number][]>();
    for (let r = 0; r < lists.length; r++) if (lists[r]) regions.set(this.rules[r]!, lists[r]!);
    return regions;
  }

  /** Adds the regions of one occurrence of keyword `word` (they come in order of position: they merge). */
  private addHit(lists: ([number, number][] | undefined)[], text: string, at: number, word: number, from: number, to: number, reach: number): void {
    const keyword = this.keywords[word]!;
    const start = Math.max(from, at - reach);
    const end = Math.min(to, at + keyword.length + reach);
    if (start >= end) return;
    const rules = this.wordRules[word]!;
    // Where every rule of the keyword already reaches `end`, the hit changes nothing: in text that
    // names PagerDuty on every line, most hits, and they need no look at their neighbours.
    let grows = false;
    for (let k = 0; k < rules.length; k++) {
      const list = lists[rules[k]!];
      if (list === undefined || list[list.length - 1]![1] < end) {
        grows = true;
        break;
      }
    }
    if (!grows || !standsAsKeyword(text, at, keyword)) return;
    for (let k = 0; k < rules.length; k++) {
      const list = lists[rules[k]!];
      if (list === undefined) lists[rules[k]!] = [[start, end]];
      else {
        const last = list[list.length - 1]!;
        if (start <= last[1]) last[1] = Math.max(last[1], end);
        else list.push([start, end]);
      }
    }
  }
}

/**
 * Keyword occurrences found in bytes (ByteKernel.keywordHits): (position, index into
 * Prefilter.keywords) pairs, in order, the longest keyword at each position, for positions within
 * [from, to) and keywords that end by `end`.
 */
export interface KeywordHits {
  keywordHits(from: number, to: number, end: number): Int32Array;
}
