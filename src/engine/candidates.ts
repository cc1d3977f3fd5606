/**
 * Pure matching over one window of text: run the active rules' regexes, keep the matches whose
 * secret starts inside [from, to), and drop those that fail the secret checks or lack context.
 * The text before `from` is look-back: it was scanned already and serves only as context.
 */
import { detach } from '../util/detach.js';
import type { CompiledPattern, Confidence, Rule } from '../types.js';
import { MAX_CONTEXT_CHARS, enclosingHeaders, lineEndOf, lineStartOf, surroundingLines } from './context.js';
import { characterClasses, countDigits, placeholderReason, shannonEntropy } from './secret-checks.js';

export interface Candidate {
  rule: Rule;
  confidence: Confidence;
  /** The secret as reported (percent-decoded where the rule asks). */
  secret: string;
  /** Offsets of the secret as written, in the window. */
  start: number;
  end: number;
}

/**
 * How far before the window's new text a match may begin. Matches never span lines, and the region
 * boundaries fall on line starts, except inside lines longer than a read buffer.
 */
const MAX_PATTERN_PREFIX = 256;
/** How far a match may run past its secret's start: the longest secret plus its lookahead. */
const MAX_MATCH_TAIL = 512;

const CONFIDENCE_RANK: Record<Confidence, number> = { high: 0, medium: 1, low: 2 };

function percentDecode(raw: string): string {
  if (!raw.includes('%')) return raw;
  try {
    return decodeURIComponent(raw);
  } catch {
    return raw.replace(/%2[Bb]/g, '+');
  }
}

/** Whether the secret itself looks like a credential of this rule. */
export function secretPasses(rule: Rule, secret: string): boolean {
  const checks = rule.secret;
  if (rule.knownExamples.has(secret)) return false;
  if (checks.shape && !checks.shape.test(secret)) return false;
  if (checks.minDigits !== undefined && countDigits(secret) < checks.minDigits) return false;
  if (checks.minClasses !== undefined && characterClasses(secret) < checks.minClasses) return false;
  if (checks.minEntropy !== undefined && shannonEntropy(secret) < checks.minEntropy) return false;
  return placeholderReason(secret) === null;
}

function contextHolds(pattern: CompiledPattern, text: string, start: number, end: number, floor: number): boolean {
  if (pattern.context.length === 0) return true;
  // Long lines (minified files) are looked at only near the secret, so each check costs O(1).
  const lineStart = lineStartOf(text, start, Math.max(floor, start - MAX_CONTEXT_CHARS));
  let headers: string[] | undefined;
  for (const requirement of pattern.context) {
    if (requirement.line && requirement.line.test(text.slice(lineStart, lineEndOf(text, end, end + MAX_CONTEXT_CHARS)))) return true;
    if (requirement.parent) {
      headers ??= enclosingHeaders(text, lineStart, floor);
      const parent = requirement.parent;
      if (headers.some((h) => parent.test(h))) return true;
    }
    if (requirement.near && requirement.near.regex.test(surroundingLines(text, start, end, requirement.near.lines, floor))) return true;
  }
  return false;
}

/**
 * Candidates whose secret starts in [from, to). `regions` says where each rule may match (see
 * Prefilter.regionsFor); a rule is run over its regions only.
 */
export function findCandidates(regions: Map<Rule, [number, number][]>, text: string, from: number, to: number): Candidate[] {
  const found: Candidate[] = [];
  for (const [rule, spans] of regions) {
    for (const pattern of rule.patterns) {
      const regex = pattern.regex;
      for (const [spanStart, spanEnd] of spans) {
        const lo = Math.max(from, spanStart);
        const hi = Math.min(to, spanEnd);
        // A regex cannot be told where to stop: run it on a slice (cheap in V8, no copy), or a
        // region without a match would be searched to the end of the text.
        const base = Math.max(0, lo - MAX_PATTERN_PREFIX);
        const window = base === 0 && hi + MAX_MATCH_TAIL >= text.length ? text : text.slice(base, hi + MAX_MATCH_TAIL);
        regex.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = regex.exec(window)) !== null) {
          if (match.index + base >= hi) break;
          const span = match.indices?.[1];
          if (!span) continue;
          const start = span[0] + base;
          const end = span[1] + base;
          if (start < lo || start >= hi) continue;
          const secret = rule.secret.urlDecode ? percentDecode(text.slice(start, end)) : text.slice(start, end);
          if (!secretPasses(rule, secret)) continue;
          if (!contextHolds(pattern, text, start, end, 0)) continue;
          found.push({ rule, confidence: pattern.confidence, secret: detach(secret), start, end });
        }
      }
    }
  }
  return resolveOverlaps(found, [...regions.keys()]);
}

/**
 * Where rules or patterns overlap on one span, keep the most confident, then the earliest rule.
 * Candidates are swept in order of position, so that the cost stays linear in their number.
 */
function resolveOverlaps(found: Candidate[], rules: readonly Rule[]): Candidate[] {
  if (found.length < 2) return found;
  const order = new Map(rules.map((r, i) => [r, i]));
  const better = (a: Candidate, b: Candidate): number =>
    CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence] || order.get(a.rule)! - order.get(b.rule)! || a.start - b.start;
  const byStart = [...found].sort((a, b) => a.start - b.start);
  const kept: Candidate[] = [];
  // Clusters of mutually reachable overlaps; within one, pick greedily by rank.
  for (let i = 0; i < byStart.length; ) {
    let clusterEnd = byStart[i]!.end;
    let j = i + 1;
    while (j < byStart.length && byStart[j]!.start < clusterEnd) clusterEnd = Math.max(clusterEnd, byStart[j++]!.end);
    const cluster = byStart.slice(i, j).sort(better);
    const chosen: Candidate[] = [];
    for (const c of cluster) if (!chosen.some((k) => c.start < k.end && k.start < c.end)) chosen.push(c);
    kept.push(...chosen.sort((a, b) => a.start - b.start));
    i = j;
  }
  return kept;
}
