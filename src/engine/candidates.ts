/**
 * Pure matching over one window of text: run the active rules' regexes, keep the matches whose
 * secret starts inside [from, to), and drop those that fail the secret checks or lack context.
 * The text before `from` is look-back: it was scanned already and serves only as context.
 */
import { detach } from '../util/detach.js';
import type { CompiledPattern, Confidence, ContextRequirement, Encoding, Rule } from '../types.js';
import { MAX_CONTEXT_CHARS, lineEndOf, lineStartOf, surroundingLines } from './context.js';
import { capturePlan, classRuns, startRanges, type CapturePlan } from './capture-runs.js';
import { Base64Values, decodeBase64, decodedTokens, type DecodedToken } from './decode.js';
import { EscapedLines, unescapedLines, type UnescapedLine } from './escapes.js';
import { characterClasses, countDigits, placeholderReason, shannonEntropy } from './secret-checks.js';
import { StructureReader, startsAsXml, structureFloor, type Structure } from './structure.js';

export interface Candidate {
  rule: Rule;
  confidence: Confidence;
  /** The secret as reported (percent-decoded where the rule asks). */
  secret: string;
  /** Offsets of the secret as written, in the window. */
  start: number;
  end: number;
  /** How the secret was written, when it was decoded. */
  decoded?: Encoding;
  /** The evidence that held, when the pattern weighs any (see weigh). */
  evidence?: string[];
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
  const judged = checks.part ? checks.part.exec(secret)?.[1] : secret;
  if (judged === undefined) return false;
  if (checks.minDigits !== undefined && countDigits(judged) < checks.minDigits) return false;
  if (checks.minClasses !== undefined && characterClasses(judged) < checks.minClasses) return false;
  if (checks.minEntropy !== undefined && shannonEntropy(judged) < checks.minEntropy) return false;
  return placeholderReason(judged) === null;
}

/** What one candidate's context checks look at, computed once and only as far as they need. */
class CandidateView {
  private lineText?: string;
  private leadText?: string;
  private structure?: Structure;
  constructor(
    private readonly text: string,
    readonly start: number,
    readonly end: number,
    private readonly reader: StructureReader,
    private readonly facts: TextFacts,
  ) {}

  line(): string {
    if (this.lineText === undefined) {
      // Long lines (minified files) are looked at only near the secret, so each check costs O(1).
      const lineStart = lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_CONTEXT_CHARS));
      this.lineText = this.text.slice(lineStart, lineEndOf(this.text, this.end, this.end + MAX_CONTEXT_CHARS));
    }
    return this.lineText;
  }

  /** The text before the secret on its line, at most MAX_LEAD_CHARS of it. */
  lead(): string {
    if (this.leadText === undefined) {
      const lineStart = lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_LEAD_CHARS));
      this.leadText = this.text.slice(lineStart, this.start);
    }
    return this.leadText;
  }

  near(lines: number): string {
    return surroundingLines(this.text, this.start, this.end, lines, 0);
  }

  /** The `lines` non-blank lines before the secret's line. */
  before(lines: number): string {
    return linesBefore(this.text, lineStartOf(this.text, this.start, Math.max(0, this.start - MAX_CONTEXT_CHARS)), lines);
  }

  get shape(): Structure {
    return (this.structure ??= this.reader.at(this.start, this.end));
  }

  get path(): string | undefined {
    return this.facts.path;
  }

  /** The callees that the value's name is passed to within `lines` lines either way. */
  flowsInto(lines: number): string[] {
    const identifier = IDENTIFIER_AT_END.exec(this.shape.name)?.[1];
    if (!identifier || identifier.length < 3) return [];
    // A value passed straight to a call is named by the call (`String::from("…")`): nothing flows.
    if (CALL_ARGUMENT.test(this.lead())) return [];
    const around = this.near(lines);
    // Most values' names are never passed anywhere nearby: a cheap look at each place the name is
    // written says so, without running the regex (which is tried at every word of the lines).
    if (!mayBePassed(around, identifier)) return [];
    let uses = this.facts.uses.get(identifier);
    if (!uses) {
      const escaped = identifier.replace(/[$]/g, '\\$&');
      // A call's argument (`APISession(API_KEY)`, `Client(token=API_KEY)`, `APISession(self.api_key)`,
      // `new PagerDuty({token: KEY})`, `new \PagerDuty\TriggerEvent($key, …)`, its arguments on the
      // lines below the call), a field of a literal of a qualified type (`pagerduty.V2Event{RoutingKey:
      // KEY}`, `&pagerduty.Client{…}`), or a shell command's (`pd auth set --token "$NEW_TOKEN"`): the
      // callee is the function, the type, or the command and its verb. Names, chains and the text
      // between are bounded: a long `a.a.a…` line must not cost its square at every position.
      const call = `([A-Za-z_$][\\w$]{0,63}(?:(?:\\.|::|->|\\\\)[A-Za-z_$][\\w$]{0,63}){0,8})[ \\t]*\\((?:[^()]{0,${MAX_ARGUMENT_LEAD}}?[\\s,(=:{.>])?${escaped}(?![\\w$])`;
      const literal = `(?<![\\w$.:])([A-Za-z_$][\\w$]{0,63}(?:(?:\\.|::)[A-Za-z_$][\\w$]{0,63}){1,8})[ \\t]*\\{(?:[^{}()]{0,${MAX_FIELD_LEAD}}?[\\s,{:=])?${escaped}(?![\\w$])`;
      const command = `(?:^|\\n)[ \\t]*([A-Za-z_][\\w.-]{0,63}(?:[ \\t]+[a-z][\\w-]*)?)[ \\t][^\\n]{0,160}?\\$\\{?${escaped}(?![\\w$])`;
      uses = new RegExp(`${call}|${literal}|${command}`, 'g');
      this.facts.uses.set(identifier, uses);
    }
    const callees: string[] = [];
    for (const m of around.matchAll(uses)) callees.push((m[1] ?? m[2] ?? m[3])!);
    return callees;
  }
}

const WORD_CHAR = /[\w$]/;
/** What may stand before a name passed on: a separator, or a member access (`self.routing_key`, `$this->key`). */
const SEPARATOR = /[\s,(=:{.>]/;
/** How far after its `(` a call's argument may start (its lines too): the bound in flowsInto's regex. */
const MAX_ARGUMENT_LEAD = 160;
/** How far after its `{` a literal's field may start. */
const MAX_FIELD_LEAD = 240;

/**
 * Whether `identifier` is written somewhere in `text` as flowsInto's regex can end a match: after
 * `$` or `${` (a shell command's argument), or within MAX_FIELD_LEAD characters after a `(` with no
 * bracket closed between (a call's argument, its lines too) or after the `{` of a qualified type's
 * literal (a field). A necessary condition only: when it holds, the regex decides. A `{` of any
 * other kind (a JSON object, a block) does not hold: minified text full of `{token: …}` is not
 * passed to anything, and must not run the regex at each of its values.
 */
function mayBePassed(text: string, identifier: string): boolean {
  for (let at = text.indexOf(identifier); at >= 0; at = text.indexOf(identifier, at + 1)) {
    const next = text[at + identifier.length];
    if (next !== undefined && WORD_CHAR.test(next)) continue;
    const before = text[at - 1];
    if (before === undefined) continue;
    if (before === '$' || (before === '{' && text[at - 2] === '$')) return true;
    if (!SEPARATOR.test(before)) continue;
    for (let i = at - 1; i >= 0 && i >= at - 1 - MAX_FIELD_LEAD; i--) {
      const c = text[i];
      if (c === '(') return true;
      // (An object before the value, `f({…}, KEY)`, is not looked through: in minified text every
      // value would cost the whole bound.)
      if (c === ')' || c === '}') break;
      if (c === '{' && opensTypedLiteral(text, i)) return true;
    }
  }
  return false;
}

/** How far back the type before a literal's `{` is read (flowsInto's regex: nine names of 64). */
const MAX_TYPE_CHARS = 9 * 65;

/** Whether the `{` at `brace` follows a qualified name (`pagerduty.V2Event{`, `Acme::Client {`). */
function opensTypedLiteral(text: string, brace: number): boolean {
  let end = brace;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '\t')) end--;
  let start = end;
  while (start > 0 && end - start < MAX_TYPE_CHARS && /[\w$.:]/.test(text[start - 1]!)) start--;
  return QUALIFIED.test(text.slice(start, end));
}
const QUALIFIED = /[\w$](?:\.|::)[A-Za-z_$]/;

/** What every candidate of one text shares. */
interface TextFacts {
  /** The file's path, when the text is a file's (none for standard input). */
  path?: string;
  /** Per identifier, the regex that finds the calls it is passed to. */
  uses: Map<string, RegExp>;
}

/** How much of the line before the secret `lead` looks at. */
const MAX_LEAD_CHARS = 240;
/** The identifier a name ends in: `API_KEY`, `self.api_key` → api_key, `$routingKey`. */
const IDENTIFIER_AT_END = /([A-Za-z_$][\w$]*)$/;
/** The value is a call's argument: `f("`, `f(x, '`. */
const CALL_ARGUMENT = /[A-Za-z0-9_$]\([ \t]*["'`]?$|,[ \t]*["'`]?$/;

/** The `count` non-blank lines that end before `lineStart`, looking back at most MAX_CONTEXT_CHARS. */
function linesBefore(text: string, lineStart: number, count: number): string {
  const floor = Math.max(0, lineStart - MAX_CONTEXT_CHARS);
  let from = lineStart;
  for (let n = 0; n < count && from > floor; ) {
    const prev = lineStartOf(text, from - 1, floor);
    if (text.slice(prev, from - 1).trim() !== '') n++;
    from = prev;
  }
  return text.slice(from, Math.max(from, lineStart - 1));
}

/**
 * Whether the evidence holds, and how close to the value what it found is: -1 for the value's own
 * line, name, call, use or table; the level of the enclosing node for a parent or a sibling;
 * Infinity for lines nearby and the file's path, which are not the value's structure at all.
 * null when it does not hold.
 */
function holds(c: ContextRequirement, view: CandidateView): number | null {
  let closeness = -1;
  if (c.path) {
    const path = view.path;
    if (path === undefined || !c.path.test(path)) return null;
    closeness = Infinity;
  }
  if (c.line && !c.line.test(view.line())) return null;
  if (c.lead && !c.lead.test(view.lead())) return null;
  if (c.name && !c.name.test(view.shape.name)) return null;
  if (c.parent) {
    const parent = c.parent;
    const i = view.shape.path.findIndex((h) => parent.test(h));
    if (i < 0) return null;
    closeness = Math.max(closeness, view.shape.pathLevels[i]!);
  }
  if (c.sibling) {
    const { regex, levels } = c.sibling;
    const i = view.shape.levels.slice(0, levels).findIndex((l) => regex.test(l));
    if (i < 0) return null;
    closeness = Math.max(closeness, i);
  }
  if (c.call) {
    const call = c.call;
    if (!view.shape.calls.slice(0, 2).some((k) => call.test(k))) return null;
  }
  if (c.flow) {
    const { regex, lines } = c.flow;
    if (!view.flowsInto(lines).some((callee) => regex.test(callee))) return null;
  }
  if (c.table && !c.table.test(view.shape.table)) return null;
  if (c.before) {
    if (!c.before.regex.test(view.before(c.before.lines))) return null;
    closeness = Infinity;
  }
  if (c.near) {
    if (!c.near.regex.test(view.near(c.near.lines))) return null;
    closeness = Infinity;
  }
  return closeness;
}

/**
 * Weighs the evidence: what holds for the match is summed, and so is what holds against it if it
 * is at least as close to the value as the closest evidence for it (another vendor's block beside
 * the value outweighs a PagerDuty word further up, not the other way round). The match is reported
 * when the difference reaches the pattern's threshold. Returns the evidence that held (labels with
 * their weights), or null when the match is not reported.
 */
function weigh(pattern: CompiledPattern, view: CandidateView): string[] | null {
  const held: string[] = [];
  let score = pattern.context.length === 0 ? pattern.threshold : 0;
  let nearest = Infinity;
  // Per group, the heaviest entry that held so far: a group counts once.
  // (and where its label stands in `held`, so that a heavier one replaces it: what is told adds up).
  const groups = new Map<string, { weight: number; at: number }>();
  const add = (c: ContextRequirement, sign: 1 | -1): void => {
    const group = sign > 0 ? c.group : `against:${c.group}`;
    const had = groups.get(group);
    if (had && c.weight <= had.weight) return;
    const label = `${c.label} ${sign > 0 ? '+' : '-'}${c.weight}`;
    score += sign * (c.weight - (had?.weight ?? 0));
    if (had) held[had.at] = label;
    groups.set(group, { weight: c.weight, at: had?.at ?? held.push(label) - 1 });
  };
  for (const c of pattern.context) {
    const v = holds(c, view);
    if (v === null) continue;
    add(c, 1);
    if (c.namesVendor) nearest = Math.min(nearest, v);
  }
  if (score < pattern.threshold - 1e-9) return null;
  for (const c of pattern.unless) {
    const v = holds(c, view);
    if (v !== null && v <= nearest) add(c, -1);
  }
  // Weights are decimals: a sum that should reach the threshold must not miss it by a rounding.
  return score >= pattern.threshold - 1e-9 ? held : null;
}

/** The whole of `decoded`, if the pattern's regex captures exactly that: the decoded token is the secret. */
const wholeRegex = new WeakMap<CompiledPattern, RegExp>();
function capturesWhole(pattern: CompiledPattern, decoded: string): boolean {
  let regex = wholeRegex.get(pattern);
  if (!regex) wholeRegex.set(pattern, (regex = new RegExp(pattern.regex.source, pattern.regex.flags.replace('g', ''))));
  const m = regex.exec(decoded);
  const span = m?.indices?.[1];
  return span !== undefined && span[0] === 0 && span[1] === decoded.length;
}

/**
 * Characters searched in this thread so far, and how many before the plans pay: deriving them
 * (reading each regex) and the loops over runs cost more than they save until the code is hot.
 * Measured on PagerDuty's Terraform provider (6.5 MB over two threads): planned from the start,
 * a scan took 0.1 s more CPU; warm, the planned search takes 40% less than the plain one.
 */
let searched = 0;
const PLANS_PAY_AFTER = 8 * 1024 * 1024;
function plansPay(length: number): boolean {
  searched += length;
  return searched > PLANS_PAY_AFTER;
}

/**
 * Candidates whose secret starts in [from, to). `regions` says where each rule may match (see
 * Prefilter.regionsFor); a rule is run over its regions only. What the rules share over the text
 * (runs of each capture's class, escapes, base64 values) is found once (SharedScan), and each
 * regex is tried only where a match can start (searchWritten). `planned: false` runs every regex
 * over its whole windows and searches each region for escapes and values of its own: what the
 * planned search must equal (test/capture-runs.test.ts). By default a thread plans once it has
 * searched PLANS_PAY_AFTER characters.
 */
export function findCandidates(
  regions: Map<Rule, [number, number][]>,
  text: string,
  from: number,
  to: number,
  { origin = 0, xml, path, planned = plansPay(to - from) }: { origin?: number; xml?: boolean; path?: string; planned?: boolean } = {},
): Candidate[] {
  const found: Candidate[] = [];
  const facts: TextFacts = { uses: new Map() };
  if (path !== undefined) facts.path = path;
  // `origin`: the stream offset of text[0]. Candidates are read against the structure above their
  // grid floor (structureFloor), one reader per floor, so that cuts between regions change nothing.
  const isXml = xml ?? (origin === 0 ? startsAsXml(text) : false);
  const readers = new Map<number, StructureReader>();
  const readerFor = (start: number): StructureReader => {
    const floor = Math.max(0, structureFloor(origin + start) - origin);
    let reader = readers.get(floor);
    if (!reader) readers.set(floor, (reader = new StructureReader(text, floor, isXml)));
    return reader;
  };
  const shared = new SharedScan(text, regions, from, to, planned);
  for (const [rule, spans] of regions) {
    // A span a pattern already reported needs no other pattern of the rule with no more confidence.
    const taken = new Map<number, Confidence>();
    const accept = (pattern: CompiledPattern, secret: string, start: number, end: number, decoded?: Encoding): void => {
      const had = taken.get(start);
      if (had !== undefined && CONFIDENCE_RANK[had] <= CONFIDENCE_RANK[pattern.confidence]) return;
      if (!secretPasses(rule, secret)) return;
      const evidence = weigh(pattern, new CandidateView(text, start, end, readerFor(start), facts));
      if (!evidence) return;
      taken.set(start, pattern.confidence);
      const candidate: Candidate = { rule, confidence: pattern.confidence, secret: detach(secret), start, end };
      if (decoded) candidate.decoded = decoded;
      if (evidence.length) candidate.evidence = evidence;
      found.push(candidate);
    };
    for (const pattern of rule.patterns) {
      const regex = pattern.regex;
      const plan = planned ? capturePlan(regex) : null;
      for (const [spanStart, spanEnd] of spans) {
        const lo = Math.max(from, spanStart);
        const hi = Math.min(to, spanEnd);
        // Lines with escaped credential characters first, read unescaped: a value matched whole
        // there is taken before the fragment the written text gives.
        for (const line of shared.escaped(lo, hi)) {
          // matchAll starts where the regex's lastIndex stands: a search that stopped early (at hi)
          // left it inside another text.
          regex.lastIndex = 0;
          for (const m of line.text.matchAll(regex)) {
            const span = m.indices?.[1];
            if (!span) continue;
            const start = line.at[span[0]]!;
            const end = line.at[span[1]]!;
            // Without an escape inside, the written text gives the same match.
            if (end - start === span[1] - span[0] || start < lo || start >= hi) continue;
            accept(pattern, m[1]!, start, end, line.encoding);
          }
        }
        searchWritten(regex, plan, shared, lo, hi, (match, offset) => {
          const span = match.indices?.[1];
          if (!span) return;
          const start = span[0] + offset;
          const end = span[1] + offset;
          if (start < lo || start >= hi) return;
          const raw = text.slice(start, end);
          // A value its name gives away, written in base64 (a Kubernetes Secret's data): reported
          // decoded. Random bytes are seldom all printable, so a secret that merely looks like
          // base64 stays as written.
          const inner = pattern.decode.includes('base64') ? decodeBase64(raw) : null;
          if (inner !== null && inner !== raw && secretPasses(rule, inner)) return accept(pattern, inner, start, end, 'base64');
          const urlEncoded = rule.secret.urlDecode === true && raw.includes('%');
          accept(pattern, urlEncoded ? percentDecode(raw) : raw, start, end, urlEncoded ? 'url' : undefined);
        });
        if (pattern.decode.length === 0) continue;
        for (const encoding of pattern.decode) {
          for (const token of shared.decoded(encoding, lo, hi, plan)) {
            if (capturesWhole(pattern, token.decoded)) accept(pattern, token.decoded, token.start, token.end, token.encoding);
          }
        }
      }
    }
  }
  return resolveOverlaps(found, [...regions.keys()]);
}

/**
 * What the rules' patterns share over one text, each found once for all of them and only when
 * asked: the runs of each capture's class, the escapes, the encoded values and what they decode to.
 * Every span asked about lies in [lo, hi), the hull of the regions.
 */
class SharedScan {
  private readonly lo: number;
  private readonly hi: number;
  private readonly runLists = new Map<string, Int32Array>();
  /** Per plan key and longest capture: whether its runs are too many to search near each. */
  private readonly dense = new Map<string, boolean>();
  private escapes?: EscapedLines;
  private base64?: Base64Values;
  private readonly others = new Map<string, DecodedToken[]>();

  constructor(
    readonly text: string,
    regions: Map<Rule, [number, number][]>,
    from: number,
    to: number,
    /** False: every regex runs over its whole windows, each region is searched for escapes and values of its own (the reference the planned search equals). */
    readonly planned: boolean,
  ) {
    let lo = to;
    let hi = from;
    for (const spans of regions.values()) {
      for (const [start, end] of spans) {
        lo = Math.min(lo, Math.max(from, start));
        hi = Math.max(hi, Math.min(to, end));
      }
    }
    this.lo = Math.min(lo, hi);
    this.hi = hi;
  }

  /**
   * The runs that can hold the plan's capture; with `sparse`, null when they are so many (more
   * than one in SPARSE_RUNS characters) that searching near each costs more than searching all.
   */
  runs(plan: CapturePlan, sparse = false): Int32Array | null {
    // Every window searchWritten reads lies in [from, to).
    const from = Math.max(0, this.lo - MAX_PATTERN_PREFIX);
    const to = Math.min(this.text.length, this.hi + MAX_MATCH_TAIL);
    let runs = this.runLists.get(plan.key);
    if (sparse) {
      const key = `${plan.key}:${plan.max}`;
      let dense = this.dense.get(key);
      if (dense === undefined) {
        const most = Math.ceil((to - from) / SPARSE_RUNS);
        if (runs) {
          let fitting = 0;
          for (let i = 0; i < runs.length; i += 2) if (runs[i + 1]! - runs[i]! <= plan.max) fitting++;
          dense = fitting > most;
        } else {
          // Given up as soon as it is dense: most such text is not worth reading to its end.
          const found = classRuns(this.text, plan.table, plan.min, from, to, { max: plan.max, most });
          if (found) this.runLists.set(plan.key, (runs = found));
          dense = found === null;
        }
        this.dense.set(key, dense);
      }
      if (dense) return null;
    }
    if (!runs) this.runLists.set(plan.key, (runs = classRuns(this.text, plan.table, plan.min, from, to)!));
    return runs;
  }

  escaped(lo: number, hi: number): UnescapedLine[] {
    if (!this.planned) return unescapedLines(this.text, lo, hi);
    return (this.escapes ??= new EscapedLines(this.text, this.lo, this.hi)).in(lo, hi);
  }

  /** decodedTokens(text, lo, hi, [encoding]), less base64 values that decode to a length the plan's capture refuses. */
  decoded(encoding: Encoding, lo: number, hi: number, plan: CapturePlan | null): DecodedToken[] {
    if (!this.planned) return decodedTokens(this.text, lo, hi, [encoding]);
    if (encoding === 'base64') {
      const values = (this.base64 ??= new Base64Values(this.text, this.lo, this.hi));
      return values.in(lo, hi, plan ? (length) => length >= plan.min && length <= plan.max : undefined);
    }
    // Rare encodings (decodedTokens first tests the region for an escape of theirs): once a region.
    const key = `${encoding}:${lo}:${hi}`;
    let list = this.others.get(key);
    if (!list) this.others.set(key, (list = decodedTokens(this.text, lo, hi, [encoding])));
    return list;
  }
}

/** A search near each run pays when there is at most one run in this many characters. */
const SPARSE_RUNS = 1024;
/** Lines with runs at most this far apart are searched as one block. */
const BLOCK_GAP = 1024;
/** Most start positions around one run that are tried one by one (a sticky attempt each). */
const STICKY_SPREAD = 16;

/**
 * The matches of `regex` in the written text of [lo, hi), as a global search of the window
 * text[lo - MAX_PATTERN_PREFIX, hi + MAX_MATCH_TAIL) finds them, up to the first that starts at hi
 * or later: `found` gets each with the text offset of the string it was found in. With a plan
 * (capture-runs.ts), the regex is tried only where a match can start: at the few positions before
 * each run that can hold its capture (sticky attempts), or on the lines that hold such a run; a
 * window with no such run is not searched at all.
 */
function searchWritten(regex: RegExp, plan: CapturePlan | null, shared: SharedScan, lo: number, hi: number, found: (match: RegExpExecArray, offset: number) => void): void {
  const text = shared.text;
  // A regex cannot be told where to stop: run it on a slice (cheap in V8, no copy), or a
  // region without a match would be searched to the end of the text.
  const base = Math.max(0, lo - MAX_PATTERN_PREFIX);
  const end = Math.min(text.length, hi + MAX_MATCH_TAIL);
  const window = (): string => (base === 0 && end === text.length ? text : text.slice(base, end));
  const spread = plan ? plan.prefixMax - plan.prefixMin + (plan.startsRun ? 0 : plan.endsRun ? plan.max - plan.min : Infinity) : Infinity;
  // A few sticky attempts at each run cost little however many runs there are; searching near
  // them otherwise pays only when they are few.
  const runs = plan ? shared.runs(plan, spread > STICKY_SPREAD) : null;
  if (plan && runs) {
    if (spread <= STICKY_SPREAD) {
      const sticky = plan.sticky;
      const written = window();
      let pos = base;
      startRanges(plan, runs, base, end, hi, (first, last) => {
        for (let p = Math.max(first, pos); p <= last; p++) {
          sticky.lastIndex = p - base;
          const match = sticky.exec(written);
          if (!match) continue;
          found(match, base);
          pos = base + sticky.lastIndex;
          p = pos - 1;
        }
        return true;
      });
      return;
    }
    if (plan.lineBound) {
      // No match reads a newline: only the lines that hold a run are searched, a block of lines at
      // a time (lines close together make one block, so that dense runs cost one search, not many).
      let blockStart = -1;
      let blockEnd = -1;
      const search = (): boolean => {
        const block = text.slice(blockStart, blockEnd);
        regex.lastIndex = 0;
        let match: RegExpExecArray | null;
        while ((match = regex.exec(block)) !== null) {
          if (match.index + blockStart >= hi) return false;
          found(match, blockStart);
        }
        return true;
      };
      let stopped = false;
      startRanges(plan, runs, base, end, hi, (_first, _last, runStart) => {
        if (runStart < blockEnd) return true;
        if (blockStart < 0 || runStart - blockEnd > BLOCK_GAP) {
          if (blockStart >= 0 && !search()) return !(stopped = true);
          blockStart = runStart;
          while (blockStart > base && text.charCodeAt(blockStart - 1) !== 10) blockStart--;
          if (blockStart >= hi) return !(stopped = true);
        }
        blockEnd = runStart;
        while (blockEnd < end && text.charCodeAt(blockEnd) !== 10) blockEnd++;
        return true;
      });
      if (!stopped && blockStart >= 0) search();
      return;
    }
    let any = false;
    startRanges(plan, runs, base, end, hi, () => ((any = true), false));
    if (!any) return;
  }
  const written = window();
  regex.lastIndex = 0;
  let match: RegExpExecArray | null;
  while ((match = regex.exec(written)) !== null) {
    if (match.index + base >= hi) break;
    found(match, base);
  }
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
