/**
 * The structural model: what encloses a candidate secret, read from the text around it in one
 * backward walk (and a short forward one), for whatever format the text is in. It gives every
 * rule the same facts to state its context against:
 *
 * - `path`: the enclosing headers, innermost first: YAML keys by indentation (and YAML list items'
 *   parents), INI/TOML `[sections]`, brace and bracket blocks with the text that opens them (JSON
 *   keys, HCL blocks with their labels, code blocks, flow maps), XML start tags;
 * - `levels`: the text of each enclosing node, innermost first: the value's siblings (level 0), its
 *   parent's siblings (level 1), …, each cut to a window around the value;
 * - `name`: the name the value is given: its key (`KEY = "…"`, `"key": "…"`, `key: …`, typed
 *   declarations such as `const KEY: &str = "…"`), a CLI flag (`--routing-key …`), an XML
 *   attribute or element, a setter's name, or, for a generic `value:` field, the name of its pair
 *   (`- name: PAGERDUTY_TOKEN` / `value: …`, `<add key="…" value="…"/>`, `{"key": …, "value": …}`);
 * - `calls`: the calls the value is an argument of, innermost first (`new PagerDutyAPI`, `EventsV2::new`);
 * - `table`: for a row of a CSV or Markdown table, its header line and the row.
 *
 * Nothing is parsed in full: the walks are linear in the text they cross, bounded, and memoised at
 * line starts, so the candidates of one text together cost one pass over it. A YAML parent key far
 * above its child still counts: structure decides, not a line window.
 */
import { lineEndOf } from './context.js';

/**
 * Index of the first character of the line holding `pos`, looking back no further than `floor`:
 * a plain backward loop, whose cost is the line's length however far away the floor is.
 */
function lineStartOf(text: string, pos: number, floor = 0): number {
  for (let i = pos - 1; i >= floor; i--) if (text.charCodeAt(i) === 10) return i + 1;
  return Math.max(floor, 0);
}

/**
 * How far back the enclosing structure is followed: at least STRUCTURE_REACH before a candidate,
 * back to a floor on a fixed grid of STRUCTURE_BLOCK (so at most REACH + BLOCK). The floor depends
 * on the candidate's offset in the whole stream only, never on how the stream was cut into regions:
 * the same bytes give the same findings whatever the chunk sizes (the stream keeps REACH + BLOCK of
 * look-back). All candidates with one floor share one reader, whose memoised walks stop at it, so a
 * text costs about two passes however many candidates it holds.
 */
export const STRUCTURE_REACH = 32 * 1024;
export const STRUCTURE_BLOCK = 16 * 1024;

/** The floor of the structure walks for a candidate at stream offset `offset`. */
export function structureFloor(offset: number): number {
  return Math.floor(Math.max(0, offset - STRUCTURE_REACH) / STRUCTURE_BLOCK) * STRUCTURE_BLOCK;
}

/** Whether a text (from its first byte) reads as XML: decided once per stream, from its head. */
export function startsAsXml(text: string, from = 0): boolean {
  return text.slice(from, from + 512).trimStart().startsWith('<');
}
/** How much of each enclosing node's text is kept on either side of the value. */
const MAX_LEVEL_CHARS = 2048;
/** How many enclosing levels are kept. */
const MAX_LEVELS = 8;
/** A header longer than this is cut (a minified line opening a block). */
const MAX_HEADER_CHARS = 240;
/** How much of the line before a value its name is looked for in. */
const MAX_NAME_PREFIX = 480;

export interface Structure {
  name: string;
  path: string[];
  /** For each header of `path`, the level (index into `levels`) of its node: how close it is. */
  pathLevels: number[];
  levels: string[];
  calls: string[];
  table: string;
}

/** One enclosing node. */
interface Node {
  /** Where its text starts and ends (end may be unknown yet: -1). */
  start: number;
  end: number;
  header: string;
  /** A key that encloses (in `path`), or only a list item or other node (levels only). */
  keyed: boolean;
  /** For a bracket: which one, to find its end and its call. */
  bracket?: string;
  /** For an indentation node: the column its children are deeper than. */
  column?: number;
  item?: boolean;
  /** The whole YAML document. */
  document?: boolean;
}

interface IndentEntry {
  lineStart: number;
  /** Column of the key (after any list dash). */
  column: number;
  /** Column of the list dash, or -1. */
  dash: number;
  /** The line ends in `:` or `=`: it opens a block. */
  opens: boolean;
}

interface IndentChain {
  /** Ancestors, innermost first, columns strictly decreasing. */
  entries: IndentEntry[];
  section: number;
}

const OPEN = new Set(['{', '[', '(']);
const CLOSE_OF: Record<string, string> = { '{': '}', '[': ']', '(': ')' };

/** Column of the first character that is not white space or a YAML list dash; -1 for a blank line. */
function keyColumn(text: string, start: number, end: number): { column: number; dash: number } {
  let i = start;
  let dash = -1;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (c === 32 || c === 9) i++;
    else if (c === 45 /* - */ && (text.charCodeAt(i + 1) === 32 || text.charCodeAt(i + 1) === 9) && dash < 0) {
      dash = i - start;
      i += 2;
    } else break;
  }
  if (i >= end || text.charCodeAt(i) === 13) return { column: -1, dash: -1 };
  return { column: i - start, dash };
}

function isCommentAt(text: string, pos: number): boolean {
  const c = text[pos];
  return c === '#' || c === ';' || (c === '/' && (text[pos + 1] === '/' || text[pos + 1] === '*')) || (c === '*' && text[pos + 1] !== '*' && text[pos + 1] !== '.');
}

/** Reads the structure around candidates of one text; create one per text scanned (it memoises). */
export class StructureReader {
  private readonly indentMemo = new Map<number, IndentChain & { own: IndentEntry | null }>();
  private readonly bracketMemo = new Map<number, number[]>();
  private readonly tableMemo = new Map<number, number>();
  private readonly xml: boolean;

  private readonly floor: number;

  /**
   * `floor`: no walk looks before it; `xml`: whether the stream reads as XML (default: from the floor).
   * A floor inside a line moves to the next line: the tail of a cut line is no header (a long JSON
   * description's last words would read as the key enclosing everything below them). Unless that
   * line is longer than a block (minified text), where no header means much anyway.
   */
  constructor(private readonly text: string, floor = 0, xml?: boolean) {
    if (floor > 0 && text.charCodeAt(floor - 1) !== 10) {
      const next = text.indexOf('\n', floor);
      if (next >= 0 && next - floor < STRUCTURE_BLOCK) floor = next + 1;
    }
    this.floor = floor;
    this.xml = xml ?? startsAsXml(text, floor);
  }

  at(start: number, end: number): Structure {
    const text = this.text;
    const lineStart = lineStartOf(text, start, Math.max(this.floor, start - MAX_HEADER_CHARS * 8));
    const lineEnd = lineEndOf(text, end, end + MAX_LEVEL_CHARS);
    const nodes = this.nodes(start, lineStart);
    // A list is no node of its own for siblings: its text is its items', each other's strangers.
    const levelNodes = nodes.filter((n) => n.bracket !== '[').slice(0, MAX_LEVELS);
    const levels = levelNodes.map((n) => this.levelText(n, start, lineEnd));
    const path: string[] = [];
    const pathLevels: number[] = [];
    let level = 0;
    for (const n of nodes) {
      if (n.keyed && n.header) {
        path.push(n.header);
        pathLevels.push(level);
      }
      if (n.bracket !== '[') level++;
    }
    const calls = nodes.filter((n) => n.bracket === '(').map((n) => calleeOf(n.header)).filter((c) => c !== '');
    // The name stands just before the value (after at most a few values listed with it): a long line
    // of values must not cost each of them a look at all that comes before it on the line.
    const prefix = text.slice(Math.max(lineStart, start - MAX_NAME_PREFIX), start);
    let name = nameBefore(prefix, this.xml);
    if (name === '' && nodes[0]?.bracket === '(' && nodes[0].start < lineStart) {
      // An argument of a call opened on an earlier line, named by the argument before it:
      // ENV.fetch(\n "PAGERDUTY_WEBHOOK_SECRET",\n "…"), os.getenv(\n "PD_KEY",\n "…").
      const m = ARGUMENT_ON_AN_EARLIER_LINE.exec(text.slice(Math.max(nodes[0].start + 1, lineStart - MAX_HEADER_CHARS), start));
      if (m) name = m[1]!;
    }
    if (name === '' || GENERIC_VALUE_NAME.test(name)) {
      const paired = pairName(levels, nodes, text.slice(start, end));
      if (paired) name = paired;
    }
    if (name === '' || GENERIC_VALUE_NAME.test(name)) {
      // A statement that names its value after it: UPDATE … SET value = '…' WHERE key = '…'.
      PAIR_NAME.lastIndex = 0;
      const after = PAIR_NAME.exec(text.slice(end, lineEnd));
      if (after) name = after[1]!;
    }
    const table = this.table(lineStart, lineEnd);
    if ((name === '' || GENERIC_VALUE_NAME.test(name)) && table) name = columnName(table, text.slice(lineStart, start)) || name;
    return { name, path, pathLevels, levels, calls, table };
  }

  /** The enclosing nodes, innermost first: both chains, merged by where they start. */
  private nodes(pos: number, lineStart: number): Node[] {
    // XML is indented too, but its elements say what encloses what.
    const nodes: Node[] = this.xml ? [...this.xmlNodes(pos, lineStart), ...this.bracketNodes(pos, lineStart)] : [...this.indentNodes(lineStart), ...this.bracketNodes(pos, lineStart)];
    nodes.sort((a, b) => b.start - a.start);
    // An indentation node and a bracket opened on the same line are one node: keep the bracket.
    const out: Node[] = [];
    for (const n of nodes) {
      const prev = out[out.length - 1];
      if (prev && lineStartOf(this.text, prev.start, this.floor) === lineStartOf(this.text, n.start, this.floor) && (prev.bracket || n.bracket) && !(prev.bracket && n.bracket)) {
        if (n.bracket && !prev.bracket) out[out.length - 1] = n;
        continue;
      }
      out.push(n);
    }
    return out;
  }

  // ---- Indentation (YAML, INI/TOML sections, indented code)

  private indentChain(lineStart: number): IndentChain & { own: IndentEntry | null } {
    const memo = this.indentMemo.get(lineStart);
    if (memo) return memo;
    const text = this.text;
    const entryAt = (start: number, end: number): IndentEntry | null => {
      const { column, dash } = keyColumn(text, start, end);
      if (column < 0 || isCommentAt(text, start + column)) return null;
      return { lineStart: start, column, dash, opens: /[:=]\s*(?:[#|>].*)?$/.test(text.slice(start, end).trimEnd()) };
    };
    const own = entryAt(lineStart, lineEndOf(text, lineStart, lineStart + MAX_LEVEL_CHARS));
    const entries: IndentEntry[] = [];
    let section = -1;
    // `threshold`: an ancestor starts left of it. After a list item, a key at the item's own column
    // that opens a block is its parent too (`receivers:` above `- name: …`).
    let threshold = own ? own.column : Number.MAX_SAFE_INTEGER;
    let afterItem = false;
    if (own && own.dash >= 0) {
      entries.push(own);
      threshold = own.dash;
      afterItem = true;
    }
    const consider = (e: IndentEntry): void => {
      if (e.dash >= 0 && e.dash < threshold) {
        entries.push(e);
        threshold = e.dash;
        afterItem = true;
      } else if (e.dash < 0 && (e.column < threshold || (afterItem && e.column === threshold && e.opens))) {
        entries.push(e);
        threshold = e.column;
        afterItem = false;
      }
    };
    // Memoised: every walk of this reader stops at the same floor, so a cached chain is the one
    // this line's own walk would find.
    const limit = this.floor;
    let end = lineStart - 1;
    while (end >= limit && end >= this.floor) {
      const start = lineStartOf(text, end, limit);
      const cached = this.indentMemo.get(start);
      if (cached) {
        // Its ancestors are candidates for ours, by the same test; no section lies between.
        if (cached.own) consider(cached.own);
        for (const e of cached.entries) if (e !== cached.own) consider(e);
        if (section < 0) section = cached.section;
        break;
      }
      const lineEnd = end;
      end = start - 1;
      const e = entryAt(start, lineEnd);
      if (!e) continue;
      if (e.column === 0 && e.dash < 0 && text.startsWith('---', start)) break; // a new YAML document
      if (e.column === 0 && text.charCodeAt(start) === 91 /* [ */ && /^\[[^\]\r\n]+\]\s*$/.test(text.slice(start, lineEnd))) {
        if (section < 0) section = start;
        if (threshold === 0) break;
        continue;
      }
      consider(e);
      if (threshold === 0 && !afterItem && section >= 0) break;
    }
    const chain = { entries, section, own };
    this.indentMemo.set(lineStart, chain);
    return chain;
  }

  private indentNodes(lineStart: number): Node[] {
    const text = this.text;
    const chain = this.indentChain(lineStart);
    const nodes: Node[] = chain.entries.map((e) => {
      const header = text.slice(e.lineStart, lineEndOf(text, e.lineStart, e.lineStart + MAX_HEADER_CHARS)).trim();
      const item = e.dash >= 0;
      // A list item is a node of its own; it is a key of the path only when it opens one (`- pagerduty:`).
      return { start: e.lineStart, end: -1, header, keyed: e.lineStart !== lineStart && (!item || e.opens), column: item ? e.dash : e.column, item };
    });
    // The document itself (a YAML document runs from one `---` to the next): a nested value's
    // outermost node, so that `kind: Secret` / `metadata: name: pagerduty-…` names its `data:`.
    const outer = chain.entries[chain.entries.length - 1];
    const outerHeader = outer ? text.slice(outer.lineStart, lineEndOf(text, outer.lineStart, outer.lineStart + MAX_HEADER_CHARS)).trimEnd() : '';
    if (outer && outer.column === 0 && outer.lineStart !== lineStart && chain.section < 0 && /:(?:\s+#.*)?$/.test(outerHeader)) {
      const back = text.slice(Math.max(this.floor, lineStart - MAX_LEVEL_CHARS), lineStart);
      const sep = back.lastIndexOf('\n---');
      const start = sep < 0 ? Math.max(this.floor, lineStart - MAX_LEVEL_CHARS) : lineStart - back.length + sep + 1;
      nodes.push({ start: Math.min(start, outer.lineStart), end: -1, header: '', keyed: false, document: true });
    }
    if (chain.section >= 0) {
      const s = chain.section;
      nodes.push({ start: s, end: -1, header: text.slice(s, lineEndOf(text, s, s + MAX_HEADER_CHARS)).trim(), keyed: true, column: -1 });
    }
    return nodes;
  }

  // ---- Brackets (JSON, HCL, code, YAML flow maps)

  /** Unmatched opening brackets before `lineStart`, innermost first. */
  private bracketChain(lineStart: number): number[] {
    const memo = this.bracketMemo.get(lineStart);
    if (memo) return memo;
    const opens: number[] = [];
    this.walkBrackets(lineStart, this.floor, opens);
    this.bracketMemo.set(lineStart, opens);
    return opens;
  }

  /**
   * Walks back from `from`, collecting unmatched opening brackets into `opens`. At a memoised line
   * start it takes that line's chain (less the brackets closed since) and stops.
   */
  private walkBrackets(from: number, limit: number, opens: number[]): void {
    const text = this.text;
    let depth = 0;
    for (let i = from - 1; i >= limit && opens.length < MAX_LEVELS; i--) {
      // Character codes, not one-character strings: this loop is the walk's whole cost.
      const c = text.charCodeAt(i);
      if (c === 10 /* \n */ && i + 1 !== from) {
        const cached = this.bracketMemo.get(i + 1);
        if (cached) {
          for (const o of cached.slice(depth)) if (opens.length < MAX_LEVELS) opens.push(o);
          return;
        }
      }
      if (c === 125 /* } */ || c === 93 /* ] */ || c === 41 /* ) */) depth++;
      else if (c === 123 /* { */ || c === 91 /* [ */ || c === 40 /* ( */) {
        if (depth > 0) depth--;
        else opens.push(i);
      }
    }
  }

  private bracketNodes(pos: number, lineStart: number): Node[] {
    const text = this.text;
    // Within the value's own line first, then the memoised chain of its start.
    const opens: number[] = [];
    let depth = 0;
    for (let i = pos - 1; i >= lineStart; i--) {
      const c = text[i]!;
      if (c === '}' || c === ']' || c === ')') depth++;
      else if (OPEN.has(c)) {
        if (depth > 0) depth--;
        else opens.push(i);
      }
    }
    for (const o of this.bracketChain(lineStart).slice(depth)) opens.push(o);
    return opens.slice(0, MAX_LEVELS).map((o) => {
      const ls = lineStartOf(text, o, Math.max(this.floor, o - MAX_HEADER_CHARS));
      let header = text.slice(ls, o).trim();
      if (header === '' || header === '[' || header === '{') header = previousLine(text, ls, this.floor);
      const bracket = text[o]!;
      return { start: o, end: -1, header: header.slice(-MAX_HEADER_CHARS), keyed: bracket !== '(' && /[A-Za-z0-9]/.test(header), bracket };
    });
  }

  // ---- XML elements

  private xmlNodes(pos: number, lineStart: number): Node[] {
    const text = this.text;
    const nodes: Node[] = [];
    // Inside a start tag: the tag itself is the innermost node (its attributes are the siblings).
    const lt = text.lastIndexOf('<', pos);
    const gt = text.lastIndexOf('>', pos - 1);
    if (lt >= lineStart && lt > gt) {
      const close = text.indexOf('>', pos);
      const tagEnd = close < 0 || close - pos > MAX_LEVEL_CHARS ? pos : close + 1;
      nodes.push({ start: lt, end: tagEnd, header: text.slice(lt, tagEnd).slice(0, MAX_HEADER_CHARS), keyed: false });
    }
    let depth = 0;
    const limit = Math.max(this.floor, pos - STRUCTURE_REACH / 4);
    for (let i = lt > gt ? lt - 1 : pos - 1; i >= limit && nodes.length < MAX_LEVELS; ) {
      const close = text.lastIndexOf('>', i);
      if (close < limit) break;
      const open = text.lastIndexOf('<', close);
      if (open < limit) break;
      i = open - 1;
      const tag = text.slice(open, close + 1);
      if (tag.startsWith('<?') || tag.startsWith('<!') || tag.endsWith('/>')) continue;
      if (tag.startsWith('</')) depth++;
      else if (depth > 0) depth--;
      else nodes.push({ start: open, end: -1, header: tag.slice(0, MAX_HEADER_CHARS), keyed: true });
    }
    return nodes;
  }

  // ---- Levels: an enclosing node's text around the value

  private levelText(node: Node, valueStart: number, valueLineEnd: number): string {
    const text = this.text;
    const from = Math.max(node.start, valueStart - MAX_LEVEL_CHARS);
    const ceiling = Math.min(text.length, valueLineEnd + MAX_LEVEL_CHARS);
    let end = node.end;
    if (end < 0) {
      if (node.header.startsWith('<') && !node.bracket) {
        const tag = /^<([A-Za-z_][\w:.-]*)/.exec(node.header)?.[1];
        const close = tag ? text.indexOf(`</${tag}`, valueLineEnd - MAX_LEVEL_CHARS > node.start ? valueLineEnd - MAX_LEVEL_CHARS : node.start) : -1;
        end = close < 0 || close > ceiling ? ceiling : text.indexOf('>', close) + 1 || ceiling;
      } else if (node.document) {
        const next = text.slice(valueLineEnd, ceiling).indexOf('\n---');
        end = next < 0 ? ceiling : valueLineEnd + next + 1;
      } else if (node.bracket) end = matchingClose(text, node.start, node.bracket, ceiling);
      else if (node.column !== undefined && node.column >= 0) end = indentBlockEnd(text, valueLineEnd, node.column, node.item === true, ceiling);
      else end = sectionEnd(text, valueLineEnd, ceiling);
    }
    return text.slice(from, Math.min(Math.max(end, valueLineEnd), ceiling));
  }

  // ---- Tables

  private table(lineStart: number, lineEnd: number): string {
    const text = this.text;
    const row = text.slice(lineStart, lineEnd);
    const sep = row.includes('|') ? '|' : row.includes('\t') ? '\t' : row.includes(',') ? ',' : '';
    if (!sep || row.split(sep).length < 3) return '';
    const limit = this.floor;
    let first = lineStart;
    for (let s = lineStart; s > limit; ) {
      const cached = this.tableMemo.get(s);
      if (cached !== undefined) {
        first = cached;
        break;
      }
      const prev = lineStartOf(text, s - 1, limit);
      const line = text.slice(prev, s - 1);
      if (!line.includes(sep) || line.trim() === '') break;
      first = prev;
      s = prev;
    }
    this.tableMemo.set(lineStart, first);
    let header = text.slice(first, lineEndOf(text, first, first + MAX_HEADER_CHARS * 4));
    // A Markdown table's header is the line above its |---| rule, which is the first here.
    if (/^\s*\|?\s*:?-{3,}/.test(header)) header = previousLine(text, first, limit);
    return `${header}\n${row}`;
  }
}

/**
 * The header cell above the value's cell: a CSV column, a Markdown table column, or the column list
 * of an SQL INSERT (`INSERT INTO t (vendor, api_key) VALUES` above `('pagerduty', '…')`).
 */
function columnName(table: string, before: string): string {
  const [header = '', row = ''] = table.split('\n');
  const sep = row.includes('|') ? '|' : row.includes('\t') ? '\t' : ',';
  const columns = /\(([^()]*)\)\s*(?:VALUES|SELECT)\b/i.exec(header)?.[1] ?? header;
  const cells = columns.split(sep).map((c) => c.trim().replace(/^["'`\[]+|["'`\]]+$/g, ''));
  const index = before.replace(/^\s*\(/, '').split(sep).length - 1 - (sep === '|' && before.trimStart().startsWith('|') ? 1 : 0);
  const offset = sep === '|' && header.trimStart().startsWith('|') ? 1 : 0;
  const cell = cells[index + offset];
  return cell && /^[A-Za-z_][\w .:/-]{0,60}$/.test(cell) ? cell : '';
}

function previousLine(text: string, lineStart: number, floor: number): string {
  for (let s = lineStart; s > floor; ) {
    const prev = lineStartOf(text, s - 1, Math.max(floor, s - 1 - MAX_HEADER_CHARS));
    const line = text.slice(prev, s - 1).trim();
    if (line !== '') return line.slice(-MAX_HEADER_CHARS);
    s = prev;
  }
  return '';
}

function matchingClose(text: string, open: number, bracket: string, ceiling: number): number {
  const close = CLOSE_OF[bracket]!;
  let depth = 0;
  for (let i = open + 1; i < ceiling; i++) {
    const c = text[i]!;
    if (c === bracket) depth++;
    else if (c === close) {
      if (depth === 0) return i + 1;
      depth--;
    }
  }
  return ceiling;
}

/** End of the indentation block whose children are deeper than `column`, from `from` on. */
function indentBlockEnd(text: string, from: number, column: number, item: boolean, ceiling: number): number {
  let pos = from;
  while (pos < ceiling) {
    const start = pos + 1;
    if (start >= ceiling) return ceiling;
    const end = lineEndOf(text, start, ceiling);
    let ws = 0;
    while (start + ws < end && (text.charCodeAt(start + ws) === 32 || text.charCodeAt(start + ws) === 9)) ws++;
    const blank = start + ws >= end || text.charCodeAt(start + ws) === 13;
    if (!blank) {
      const { column: key } = keyColumn(text, start, end);
      if (item ? ws <= column : key <= column) return start;
    }
    pos = end;
  }
  return ceiling;
}

function sectionEnd(text: string, from: number, ceiling: number): number {
  const next = text.slice(from, ceiling).search(/\n\[[^\]\r\n]+\]/);
  return next < 0 ? ceiling : from + next + 1;
}

/** The callee before an opening parenthesis: `new PagerDutyAPI`, `pdpyras.APISession`, `EventsV2::new`. */
export function calleeOf(header: string): string {
  const m = /((?:new\s+)?[A-Za-z_$@][\w$]*(?:(?:\.|::|->|\\)[A-Za-z_$][\w$]*)*[!?]?)\s*$/.exec(header);
  return m ? m[1]! : '';
}

/** Names that say only "here is the value": their pair, sibling or parent names it. */
const GENERIC_VALUE_NAME = /^(?:-{0,2})(?:value|values|secret|secret[_-]?value|secret[_-]?string|default|default[_-]?value|example|examples|current[_-]?value|string|val|data|text|content|password|body|sendto|parameter[_-]?value|--value|--secret-string|--body)$/i;

const ASSIGNED = /([A-Za-z0-9_$@.:\/\\\-[]*[A-Za-z0-9_$@\]])["'`\]]*[ \t]*(?::[ \t]*[A-Za-z_&'<>\[\]?. ]{1,40}?)?[ \t]*(?:=>|:=|\?=|\+=|=|:)[ \t]*(?:@|!!str[ \t]+|\(|String::from\(|&?str\(|Some\()?$/;
/** The password of a URL's user information: named by the URL's scheme (pagerduty://:KEY@). */
const URL_USERINFO = /([A-Za-z][\w+.-]*:\/\/)[^\s\/@:]*:$/;
const FLAG = /(?:^|[\s'"])(--?[A-Za-z][\w.-]*)[ \t]+$/;
const ELEMENT = /<([A-Za-z_][\w:.-]*)(?:\s[^<>]*)?>$/;
const CALL_OPEN = /((?:new\s+)?[A-Za-z_$][\w$]*(?:(?:\.|::|->)[A-Za-z_$][\w$]*)*)\s*\($/;
const PREVIOUS_ARGUMENT = /["']([A-Za-z_][\w.:\/-]{1,80})["'][ \t]*,[ \t]*$/;
/** The same, with the arguments on lines of their own (the value's line holds only the value). */
const ARGUMENT_ON_AN_EARLIER_LINE = /["']([A-Za-z_][\w.:\/-]{1,80})["'][ \t]*,[ \t]*(?:#[^\n]*)?\r?\n[ \t]*["'`]?$/;
const DIRECTIVE = /^\s*(?:[A-Za-z_][\w.-]*[ \t]+)?([A-Za-z_][\w.-]*)[ \t]+$/;

/** What every prefix ASSIGNED, URL_USERINFO and OPTION_DEFAULT match ends in: an assignment. */
const ASSIGNMENT_AT_END = /(?:=>|[=:])[ \t]*(?:@|!!str[ \t]+|\(|String::from\(|&?str\(|Some\()?$/;
/** What every prefix CALL_OPEN matches ends in. */
const OPEN_PAREN_AT_END = /\(\s*$/;
const OPTION_DEFAULT = /["'](--?[A-Za-z][\w-]*)["'][^"'\n]{0,80}?(?<![\w$])default[ \t]*[=:][ \t]*["'`]?$/;

/** The name given to the value that follows `prefix` on its line. */
export function nameBefore(prefix: string, xml = false, listed = 0): string {
  // Escaped quotes and slashes read as they would unescaped (JSON in a string, notebook sources).
  let p = prefix.includes('\\') ? prefix.replace(/\\+(["'\/])/g, '$1') : prefix;
  p = p.replace(/["'`]$/, '');
  // The regexes below end at the end of the prefix but may start anywhere in it: each is tried
  // only when the prefix ends as it must (a cheap test), or a line of many values costs each of
  // them a search of all the text before it.
  const assigned = ASSIGNMENT_AT_END.test(p);
  let m = assigned && p.endsWith(':') ? URL_USERINFO.exec(p) : null;
  if (m) return m[1]!;
  // An option's default, named by the option: add_argument('--api-key', default='…').
  if (assigned && (m = OPTION_DEFAULT.exec(p))) return m[1]!;
  m = assigned ? ASSIGNED.exec(p) : null;
  if (m) return m[1]!.replace(/^["'`]+/, '');
  if ((m = FLAG.exec(p))) return m[1]!;
  if (xml || p.endsWith('>')) if ((m = ELEMENT.exec(p))) return m[1]!;
  if (OPEN_PAREN_AT_END.test(p) && (m = CALL_OPEN.exec(p))) return m[1]!;
  // A header or setting pair given as two arguments: set("X-Routing-Key", "…").
  if ((m = PREVIOUS_ARGUMENT.exec(p))) return m[1]!;
  if ((m = DIRECTIVE.exec(p))) return m[1]!;
  // Not the first of several values in one field (`"KEY1,KEY2"`, `keys: KEY1 KEY2`): the field's name.
  const rest = listed < MAX_LISTED_VALUES ? withoutListedValue(p) : null;
  return rest === null ? '' : nameBefore(rest, xml, listed + 1);
}

/** How many values before a candidate may share its field's name (each costs a look at the prefix). */
const MAX_LISTED_VALUES = 4;
const LISTED_SEPARATOR = /[ \t,;]/;
const LISTED_VALUE_CHAR = /[A-Za-z0-9_+\/-]/;

/**
 * `prefix` without the value it ends in, when that value is one of a list in the same field: a run
 * of credential characters (at least 16, a digit among them) and a separator (space, comma or
 * semicolon) before the candidate. null when the prefix ends otherwise.
 */
function withoutListedValue(prefix: string): string | null {
  let i = prefix.length;
  while (i > 0 && LISTED_SEPARATOR.test(prefix[i - 1]!)) i--;
  if (i === prefix.length) return null;
  let j = i;
  while (j > 0 && i - j <= 128 && LISTED_VALUE_CHAR.test(prefix[j - 1]!)) j--;
  if (i - j < 16 || i - j > 128 || !/[0-9]/.test(prefix.slice(j, i))) return null;
  return prefix.slice(0, j);
}

const PAIR_NAME = /(?:^|[\s{,(<"'])(?:-{0,2})(?:name|key|id|parameter[_-]?name|parameterkey|variable|env|setting)["']?[ \t]*(?:[:=>]|[ \t])[ \t]*["']?([A-Za-z0-9_.:\/\-]{2,120})/gi;

/** For a generic `value` field: the name its pair gives it, or its enclosing key. */
function pairName(levels: string[], nodes: Node[], value: string): string {
  for (const level of levels.slice(0, 2)) {
    PAIR_NAME.lastIndex = 0;
    for (const m of level.matchAll(PAIR_NAME)) if (m[1] !== value && !m[1]!.includes(value)) return m[1]!;
  }
  const header = nodes.find((n) => n.keyed)?.header;
  if (header) {
    const key = /["']?([A-Za-z0-9_.:\/\-]{2,120})["']?\s*[:=]?\s*[{\[(]?\s*$/.exec(header);
    if (key) return key[1]!;
  }
  return '';
}
