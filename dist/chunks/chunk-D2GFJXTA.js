import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  fileQueue
} from "./chunk-ZHHEOBYL.js";
import {
  globMatcher,
  isUnreadable,
  runScan,
  settle
} from "./chunk-APVTY4OY.js";
import {
  describeReadError,
  scanChunks
} from "./chunk-EC4WRE7H.js";
import {
  INFORMATION_URI,
  TOOL_NAME
} from "./chunk-E7PWWUY2.js";
import {
  runGit
} from "./chunk-7CLRDRJK.js";
import {
  InputError
} from "./chunk-I36JKIRJ.js";
import {
  __commonJS,
  __toESM,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// node_modules/ignore/index.js
var require_ignore = __commonJS({
  "node_modules/ignore/index.js"(exports, module) {
    init_define_PDGUARD_BUILTIN_PATTERNS();
    function makeArray(subject) {
      return Array.isArray(subject) ? subject : [subject];
    }
    var UNDEFINED = void 0;
    var EMPTY = "";
    var SPACE = " ";
    var ESCAPE = "\\";
    var REGEX_LITERAL_SPECIAL = /[.*+?()[\]{}^$|\\/]/;
    var BOM = "\uFEFF";
    var REGEX_ANCHORED_GLOBSTAR = /^\/\*{2,}$/;
    var REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION = /^\\!/;
    var REGEX_REPLACE_LEADING_EXCAPED_HASH = /^\\#/;
    var REGEX_SPLITALL_CRLF = /\r?\n/g;
    var DOUBLE_SLASH = "//";
    var SLASH_CODE = 47;
    var DOT_CODE = 46;
    var SLASH = "/";
    var TMP_KEY_IGNORE = "node-ignore";
    if (typeof Symbol !== "undefined") {
      TMP_KEY_IGNORE = /* @__PURE__ */ Symbol.for("node-ignore");
    }
    var KEY_IGNORE = TMP_KEY_IGNORE;
    var define = (object, key, value) => {
      Object.defineProperty(object, key, { value });
      return value;
    };
    var RETURN_FALSE = () => false;
    var POSIX_CLASSES = {
      alnum: "0-9A-Za-z",
      alpha: "A-Za-z",
      blank: " \\t",
      cntrl: "\\x00-\\x1f\\x7f",
      digit: "0-9",
      graph: "!-.0-~",
      lower: "a-z",
      print: " -.0-~",
      punct: "!-.:-@\\[-`{-~",
      // git's `sane-ctype.h` classifies \v and \f as control, not space,
      //   unlike C's `isspace`
      space: " \\t\\n\\r",
      upper: "A-Z",
      xdigit: "0-9A-Fa-f"
    };
    var CLASS_MEMBERS_TO_ESCAPE = "\\]^-[";
    var escapeMember = (char) => CLASS_MEMBERS_TO_ESCAPE.indexOf(char) < 0 ? char : ESCAPE + char;
    var NON_SLASH = "(?!\\/)";
    var classSource = (negated, body) => {
      if (negated) {
        return `[^\\/${body}]`;
      }
      const source = `[${body}]`;
      return new RegExp(source).test("/") ? NON_SLASH + source : source;
    };
    var scanBracket = (pattern, start) => {
      const { length } = pattern;
      let index = start + 1;
      let negated = EMPTY;
      const lead = pattern[index];
      if (lead === "!" || lead === "^") {
        negated = "^";
        index++;
      }
      let body = EMPTY;
      let prev = EMPTY;
      for (; ; ) {
        const char = pattern[index];
        if (char === UNDEFINED) {
          return null;
        }
        if (char === ESCAPE) {
          const escaped = pattern[++index];
          body += escapeMember(escaped);
          prev = escaped;
        } else if (char === "-" && prev && index + 1 < length && pattern[index + 1] !== "]") {
          index++;
          let to = pattern[index];
          if (to === ESCAPE) {
            to = pattern[index += 1];
          }
          if (prev <= to) {
            body += `-${escapeMember(to)}`;
          }
          prev = EMPTY;
        } else if (char === "[" && pattern[index + 1] === ":") {
          const nameStart = index + 2;
          let end = nameStart;
          while (end < length && pattern[end] !== "]") {
            end++;
          }
          if (end === length) {
            return null;
          }
          if (end > nameStart && pattern[end - 1] === ":") {
            const name = pattern.slice(nameStart, end - 1);
            if (!Object.prototype.hasOwnProperty.call(POSIX_CLASSES, name)) {
              return null;
            }
            body += POSIX_CLASSES[name];
            prev = EMPTY;
            index = end;
          } else {
            body += escapeMember("[");
            prev = "[";
            index = nameStart - 2;
          }
        } else {
          body += escapeMember(char);
          prev = char;
        }
        index++;
        if (pattern[index] === "]") {
          return {
            end: index,
            source: classSource(negated, body)
          };
        }
      }
    };
    var NEVER_MATCH = "[]";
    var PLACEHOLDER = "\0";
    var REGEX_RESTORE_PLACEHOLDER = new RegExp(
      `${PLACEHOLDER}(\\d+)${PLACEHOLDER}`,
      "g"
    );
    var TRAILING_WILDCARD = "\uE000";
    var TRAILING_DOUBLESTAR = "\uE001";
    var isReserved = (char) => char === PLACEHOLDER || char === TRAILING_WILDCARD || char === TRAILING_DOUBLESTAR;
    var extractBrackets = (pattern) => {
      const sources = [];
      const hold = (source) => `${PLACEHOLDER}${sources.push(source) - 1}${PLACEHOLDER}`;
      const { length } = pattern;
      let out = EMPTY;
      let index = 0;
      while (index < length) {
        const char = pattern[index];
        if (char === ESCAPE) {
          const escaped = pattern[index + 1];
          if (escaped === SLASH && index + 2 === length) {
            out += hold(NEVER_MATCH);
          } else if (escaped === "*" || escaped === "[" || escaped === SPACE) {
            out += pattern.slice(index, index + 2);
          } else {
            out += hold(
              REGEX_LITERAL_SPECIAL.test(escaped) ? ESCAPE + escaped : isReserved(escaped) ? `[${escaped}]` : escaped
            );
          }
          index += 2;
        } else if (isReserved(char)) {
          out += hold(`[${char}]`);
          index++;
        } else if (char === "[") {
          const scanned = scanBracket(pattern, index);
          if (scanned === null) {
            out += hold(NEVER_MATCH);
            index = length;
          } else {
            out += hold(scanned.source);
            index = scanned.end + 1;
          }
        } else {
          out += char;
          index++;
        }
      }
      return {
        source: out,
        sources
      };
    };
    var DIRECT = null;
    var REGEX_INNER_SLASH = /\/(?!$)/;
    var WILDCARD = "[^\\/]*";
    var REPLACERS = [
      // Replace (\ ) with ' '
      // Only a space: an escaped tab or other whitespace is already a literal by
      //   the time it reaches here, and a bare tab must be left as one, not turned
      //   into a space.
      // (\ ) -> ' '
      // (\\ ) -> '\\ '
      // (\\\ ) -> '\\ '
      [
        // A run of backslashes is taken whole, from its first one, so no match
        //   ever starts again inside it -- `(\\+?) ` did, which made a long run
        //   quadratic.
        /(\\+)( ?)/g,
        (_, run, space) => space ? run.slice(0, run.length - run.length % 2) + SPACE : run,
        ESCAPE + SPACE
      ],
      // git's wildmatch() reads a run of two or more asterisks as one globstar
      //   whenever the run fills a path segment: it starts the pattern or follows
      //   a `/`, and it ends the pattern or comes before a `/`. A run of two is
      //   already `**`; a longer one is folded into `**` here, so the steps
      //   below only ever have to know `**`.
      // `***/foo` -> `**/foo`, `a/***/b` -> `a/**/b`, `a/***` -> `a/**`
      // git also takes a run beside a literal prefix (`a***/b`) or beside an
      //   escaped slash (`***\/b`) as a globstar, and this does not; the README
      //   lists both, under "A run of asterisks".
      [
        /(^|\/)\*{3,}(?=\/|$)/g,
        (_, start) => `${start}**`,
        "*"
      ],
      // Escape metacharacters
      // which is written down by users but means special for regular expressions.
      // > There are 12 characters with special meanings:
      // > - the backslash \,
      // > - the caret ^,
      // > - the dollar sign $,
      // > - the period or dot .,
      // > - the vertical bar or pipe symbol |,
      // > - the question mark ?,
      // > - the asterisk or star *,
      // > - the plus sign +,
      // > - the opening parenthesis (,
      // > - the closing parenthesis ),
      // > - and the opening square bracket [,
      // > - the opening curly brace {,
      // > These special characters are often called "metacharacters".
      [
        /[\\$.|*+(){^]/g,
        (match) => `\\${match}`
      ],
      [
        // > a question mark (?) matches a single character
        /(?!\\)\?/g,
        () => "[^/]",
        "?"
      ],
      // leading slash
      [
        // > A leading slash matches the beginning of the pathname.
        // > For example, "/*.c" matches "cat-file.c" but not "mozilla-sha1/sha1.c".
        // A leading slash matches the beginning of the pathname
        /^\//,
        () => "^",
        SLASH
      ],
      // replace special metacharacter slash after the leading slash
      [
        /\//g,
        () => "\\/",
        SLASH
      ],
      [
        // > A leading "**" followed by a slash means match in all directories.
        // > For example, "**/foo" matches file or directory "foo" anywhere,
        // > the same as pattern "foo".
        // > "**/foo/bar" matches file or directory "bar" anywhere that is directly
        // >   under directory "foo".
        // Notice that the '*'s have been replaced as '\\*'
        /^\^*(?:\\\*\\\*\\\/)+/,
        // '**/foo' <-> 'foo'
        () => "(?:^|\\/)",
        "*"
      ],
      // starting
      [
        // there will be no leading '/'
        //   (which has been replaced by section "leading slash")
        // If starts with '**', adding a '^' to the regular expression also works
        DIRECT,
        (source, pattern) => {
          if (!source || source[0] === "^" || source[0] === "(") {
            return source;
          }
          const anchor = !REGEX_INNER_SLASH.test(pattern) ? "(?:^|\\/)" : "^";
          return anchor + source;
        }
      ],
      // two globstars
      [
        // Use lookahead assertions so that we could match more than one `'/**'`
        /\\\/\\\*\\\*(?=\\\/|$)/g,
        // Zero, one or several directories
        // should not use '*', or it will be replaced by the next replacer
        // Check if it is not the last `'/**'`
        (_, index, str) => index + 6 < str.length ? str.slice(index + 6) === "\\/" ? "(?:\\/[^\\/]+)+" : "(?:\\/[^\\/]+)*" : `\\/${TRAILING_DOUBLESTAR}`,
        "*"
      ],
      // normal intermediate wildcards
      [
        // Never replace escaped '*'
        // ignore rule '\*' will match the path '*'
        // 'abc.*/' -> go
        // 'abc.*'  -> skip this rule,
        //    coz trailing single wildcard will be handed by [trailing wildcard]
        /(^|[^\\])(?:\\\*)+(?!$)/g,
        // '*.js' matches '.js'
        // '*.js' doesn't match 'abc'
        // 1. An asterisk "*" matches anything except a slash.
        // 2. Other consecutive asterisks are considered regular asterisks
        //    and collapse into one non-slash wildcard run.
        (_, p1) => p1 + WILDCARD,
        "*"
      ],
      // trailing wildcard, held apart from a literal star
      [
        // The step above leaves a trailing `*` alone, so a single `\*` is all that
        //   can be left at the end here, and what stands in front of it says which
        //   kind it is. A wildcard arrives as the escaper wrote it, `\*` with
        //   nothing before it; a literal arrives as the user's own escape, which
        //   the escaper doubled, and then the star's own -- `\\` and then `\*`.
        //   There is no third case: every backslash still reaching the chain is
        //   one `\*`, `\[` or `\ ` carries itself, and each is followed by its
        //   own character, so a longer run can never form. This runs while the
        //   two are still distinct, before the unescape steps below collapse the
        //   literal onto the very `\*` a wildcard leaves behind.
        /(^|[^\\])((?:\\\\)*)\\\*$/,
        (match, p1, p2) => p2 === EMPTY ? p1 + TRAILING_WILDCARD : match,
        "*"
      ],
      [
        // unescape, revert step 3 except for back slash
        // For example, if a user escape a '\\*',
        // after step 3, the result will be '\\\\\\*'
        /\\\\\\(?=[$.|*+(){^])/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // '\\\\' -> '\\'
        /\\\\/g,
        () => ESCAPE,
        ESCAPE + ESCAPE
      ],
      [
        // Every real bracket expression -- POSIX classes included -- has already
        //   been held aside by `extractBrackets`, so the only `[` left in the
        //   pattern is an escaped, literal one.
        // A backslash could only stand at the end of the range if it quoted the
        //   `]`, and `\]` is held aside long before this.
        /\\\[([^\]/]*?)($|\])/g,
        // '\\[bar]' -> '\\\\[bar]'
        (match, range, close) => `\\[${range}${close}`,
        "["
      ],
      // ending
      [
        // 'js' will not match 'js.'
        // 'ab' will not match 'abc'
        DIRECT,
        // WTF!
        // https://git-scm.com/docs/gitignore
        // changes in [2.22.1](https://git-scm.com/docs/gitignore/2.22.1)
        // which re-fixes #24, #38
        // > If there is a separator at the end of the pattern then the pattern
        // > will only match directories, otherwise the pattern can match both
        // > files and directories.
        // 'js*' will not match 'a.js'
        // 'js/' will not match 'a.js'
        // 'js' will match 'a.js' and 'a.js/'
        (source) => {
          const last = source[source.length - 1];
          if (!last || last === TRAILING_WILDCARD || last === TRAILING_DOUBLESTAR) {
            return source;
          }
          return last === SLASH ? `${source}$` : `${source}(?=$|\\/$)`;
        }
      ]
    ];
    var REGEX_REPLACE_TRAILING_WILDCARD = /(^|\\\/)?\uE000$/;
    var MODE_IGNORE = "regex";
    var MODE_CHECK_IGNORE = "checkRegex";
    var UNDERSCORE = "_";
    var replaceTrailingWildcard = (_, p1) => {
      const prefix = p1 ? `${p1}[^/]+` : "[^/]*";
      return `${prefix}(?=$|\\/$)`;
    };
    var REGEX_REPLACE_TRAILING_DOUBLESTAR = /\uE001$/;
    var replaceTrailingDoublestar = () => "[\\s\\S]";
    var separatorAfter = (run, at) => {
      let separator = EMPTY;
      for (let index = at + 1; index < run.length && !run[index].wildcard; index++) {
        separator += run[index].single;
      }
      return separator;
    };
    var pinWildcards = (source) => {
      if (source.indexOf(WILDCARD) < 0) {
        return source;
      }
      const tokens = [];
      const { length } = source;
      let index = 0;
      while (index < length) {
        const char = source[index];
        if (source.startsWith(WILDCARD, index)) {
          tokens.push({ wildcard: true });
          index += WILDCARD.length;
        } else if (char === "[") {
          let end = index + 1;
          if (source[end] === "^") {
            end++;
          }
          if (source[end] === "]") {
            end++;
          }
          while (end < length && source[end] !== "]") {
            end += source[end] === ESCAPE ? 2 : 1;
          }
          end++;
          tokens.push({ single: source.slice(index, end) });
          index = end;
        } else if (char === ESCAPE) {
          tokens.push({ single: source.slice(index, index + 2) });
          index += 2;
        } else if (char === "(") {
          let depth = 0;
          let end = index;
          do {
            if (source[end] === ESCAPE) {
              end++;
            } else if (source[end] === "(") {
              depth++;
            } else if (source[end] === ")") {
              depth--;
            }
            end++;
          } while (end < length && depth > 0);
          if ("*+?".indexOf(source[end]) >= 0) {
            end++;
          }
          tokens.push({ boundary: source.slice(index, end) });
          index = end;
        } else if (char === "^" || char === "$") {
          tokens.push({ boundary: char });
          index++;
        } else {
          tokens.push({ single: char });
          index++;
        }
      }
      let out = EMPTY;
      let run = [];
      const flush = () => {
        let lastWildcard;
        run.forEach((token, at) => {
          if (token.wildcard) {
            lastWildcard = at;
          }
        });
        run.forEach((token, at) => {
          if (!token.wildcard) {
            out += token.single;
            return;
          }
          out += at === lastWildcard ? WILDCARD : `(?:(?!${separatorAfter(run, at)})[^\\/])*`;
        });
        run = [];
      };
      tokens.forEach((token) => {
        if (token.boundary === void 0) {
          run.push(token);
          return;
        }
        flush();
        out += token.boundary;
      });
      flush();
      return out;
    };
    var makeRegexPrefix = (pattern) => {
      if (REGEX_ANCHORED_GLOBSTAR.test(pattern)) {
        pattern = "**";
      }
      const { source, sources } = extractBrackets(pattern);
      const replaced = REPLACERS.reduce(
        // A pass whose matcher finds nothing hands back the very string it was
        //   given, so asking first costs a search and saves a rewrite. Ten of the
        //   fifteen passes never fire for a typical .gitignore line, and between
        //   them they were 45% of this chain.
        (prev, [matcher, replacer, required]) => {
          if (matcher === DIRECT) {
            return replacer(prev, pattern);
          }
          if (required !== UNDEFINED && prev.indexOf(required) < 0) {
            return prev;
          }
          return matcher.test(prev) ? prev.replace(matcher, replacer.bind(pattern)) : prev;
        },
        source
      );
      return sources.length ? replaced.replace(
        REGEX_RESTORE_PLACEHOLDER,
        (match, index) => sources[index]
      ) : replaced;
    };
    var checkSourceOf = (body, prefix) => {
      if (body[body.length - 1] === SLASH) {
        prefix = makeRegexPrefix(body.slice(0, -1));
      }
      const head = prefix.slice(0, -1);
      const last = prefix[prefix.length - 1];
      return last === TRAILING_WILDCARD ? `${head}$` : last === TRAILING_DOUBLESTAR ? head : NEVER_MATCH;
    };
    var matchesBasename = (body) => {
      const index = body.indexOf(SLASH);
      return index < 0 || index === body.length - 1;
    };
    var basenameOf = (path) => {
      const end = path.length - 1;
      const index = path.lastIndexOf(
        SLASH,
        path[end] === SLASH ? end - 1 : end
      );
      return index < 0 ? path : path.slice(index + 1);
    };
    var parentOf = (path) => {
      if (path.charCodeAt(0) === SLASH_CODE || path.indexOf(DOUBLE_SLASH) >= 0) {
        const slices = path.split(SLASH).filter(Boolean);
        slices.pop();
        return slices.length ? slices.join(SLASH) + SLASH : EMPTY;
      }
      const end = path.length - 1;
      const cut = path.lastIndexOf(
        SLASH,
        path.charCodeAt(end) === SLASH_CODE ? end - 1 : end
      );
      return cut < 0 ? EMPTY : path.slice(0, cut + 1);
    };
    var isString = (subject) => typeof subject === "string";
    var checkPattern = (pattern) => pattern && isString(pattern);
    var splitPattern = (pattern) => (pattern[pattern.length - 1] === "\r" ? pattern.slice(0, -1) : pattern).split(REGEX_SPLITALL_CRLF).filter(Boolean);
    var IgnoreRule = class {
      constructor(pattern, mark, body, ignoreCase, negative, prefix) {
        this.pattern = pattern;
        this.mark = mark;
        this.negative = negative;
        define(this, "body", body);
        define(this, "ignoreCase", ignoreCase);
        define(this, "regexPrefix", prefix);
      }
      // Worked out on first use and kept behind an own property, the way `regex`
      //   caches itself in `_regex`. Deciding it in the constructor instead would
      //   add a fourth `defineProperty` to every rule ever built, which cost 4% of
      //   every compile -- including the compiles of rules that are never matched
      //   against anything.
      get _basenameOnly() {
        return define(this, "_basenameOnly", matchesBasename(this.body));
      }
      get regex() {
        const key = UNDERSCORE + MODE_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_IGNORE, key);
      }
      get checkRegex() {
        const key = UNDERSCORE + MODE_CHECK_IGNORE;
        if (this[key]) {
          return this[key];
        }
        return this._make(MODE_CHECK_IGNORE, key);
      }
      _make(mode, key) {
        const str = pinWildcards(
          mode === MODE_IGNORE ? this.regexPrefix.replace(REGEX_REPLACE_TRAILING_WILDCARD, replaceTrailingWildcard).replace(REGEX_REPLACE_TRAILING_DOUBLESTAR, replaceTrailingDoublestar) : checkSourceOf(this.body, this.regexPrefix)
        );
        const regex = this.ignoreCase ? new RegExp(str, "i") : new RegExp(str);
        return define(this, key, regex);
      }
    };
    var hasTrailingBackslash = (str) => {
      let count = 0;
      while (str[str.length - count - 1] === ESCAPE) {
        count++;
      }
      return count % 2 === 1;
    };
    var trimEnd = (body, stripLineEnd) => {
      let lineEnd = body.length;
      let end;
      for (; ; ) {
        if (stripLineEnd && body[lineEnd - 1] === "\r") {
          lineEnd--;
        }
        end = lineEnd;
        while (body[end - 1] === SPACE) {
          end--;
        }
        if (!stripLineEnd || body[end - 1] !== "\n") {
          break;
        }
        lineEnd = end - 1;
      }
      if (end === lineEnd) {
        return body.slice(0, lineEnd);
      }
      let backslashes = 0;
      while (body[end - backslashes - 1] === ESCAPE) {
        backslashes++;
      }
      return backslashes % 2 ? body.slice(0, end - 1) + SPACE : body.slice(0, end);
    };
    var createRule = (pattern, mark, ignoreCase, stripLineEnd, stripBOM) => {
      let body = stripBOM && pattern[0] === BOM ? pattern.slice(1) : pattern;
      if (body[0] === "#") {
        return;
      }
      let negative = false;
      if (body[0] === "!") {
        negative = true;
        body = body.slice(1);
      }
      const last = body[body.length - 1];
      if (last === SPACE || stripLineEnd && (last === "\r" || last === "\n")) {
        body = trimEnd(body, stripLineEnd);
      }
      if (!body || hasTrailingBackslash(body)) {
        return;
      }
      body = body.replace(REGEX_REPLACE_LEADING_EXCAPED_EXCLAMATION, "!").replace(REGEX_REPLACE_LEADING_EXCAPED_HASH, "#");
      const regexPrefix = makeRegexPrefix(body);
      return new IgnoreRule(
        pattern,
        mark,
        body,
        ignoreCase,
        negative,
        regexPrefix
      );
    };
    var RuleManager = class {
      constructor(ignoreCase) {
        this._ignoreCase = ignoreCase;
        this._rules = [];
        this._basenameCount = 0;
      }
      _add(pattern, index) {
        if (pattern && pattern[KEY_IGNORE]) {
          this._rules = this._rules.concat(pattern._rules._rules);
          this._basenameCount += pattern._rules._basenameCount;
          this._added = true;
          return;
        }
        const isStr = isString(pattern);
        const raw = isStr ? pattern : pattern.pattern;
        const rule = checkPattern(raw) && createRule(
          raw,
          isStr ? UNDEFINED : pattern.mark,
          this._ignoreCase,
          !this._split,
          this._stripBOM && !index
        );
        if (rule) {
          this._added = true;
          this._rules.push(rule);
          if (matchesBasename(rule.body)) {
            this._basenameCount++;
          }
        }
      }
      // @param {Array<string> | string | Ignore} pattern
      add(pattern) {
        this._added = false;
        this._split = isString(pattern);
        this._stripBOM = !this._split || pattern[0] === BOM;
        makeArray(
          this._split ? splitPattern(pattern) : pattern
        ).forEach(this._add, this);
        if (this._added) {
          this._literalRules = UNDEFINED;
        }
        return this._added;
      }
      // Match the literal 'abc/' for `checkIgnore`, last rule wins. Only a rule
      //   ending in a wildcard can match it (see `checkSourceOf`), so the rest
      //   are left out once, rather than tested or compiled for every path.
      testLiteral(path) {
        const rules = this._literalRules || (this._literalRules = this._rules.filter(
          ({ body }) => body[body.length - (body[body.length - 1] === SLASH ? 2 : 1)] === "*"
        ));
        let ignored = false;
        let unignored = false;
        let matchedRule;
        for (let index = rules.length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule.checkRegex.test(path)) {
            ignored = !rule.negative;
            unignored = rule.negative;
            matchedRule = rule.negative ? UNDEFINED : rule;
            break;
          }
        }
        const ret = {
          ignored,
          unignored
        };
        if (matchedRule) {
          ret.rule = matchedRule;
        }
        return ret;
      }
      // Test one single path without recursively checking parent directories
      //
      // - mode `string` either `MODE_IGNORE` or `MODE_CHECK_IGNORE`
      // @returns {TestResult}
      test(path, mode) {
        const rules = this._rules;
        const { length } = rules;
        const shortcut = this._basenameCount * 2 >= length;
        const basename2 = shortcut ? basenameOf(path) : path;
        for (let index = length - 1; index >= 0; index--) {
          const rule = rules[index];
          if (rule[mode].test(
            shortcut && rule._basenameOnly ? basename2 : path
          )) {
            const { negative } = rule;
            const ret = {
              ignored: !negative,
              unignored: negative
            };
            if (!negative) {
              ret.rule = rule;
            }
            return ret;
          }
        }
        return {
          ignored: false,
          unignored: false
        };
      }
    };
    var throwError = (message, Ctor) => {
      throw new Ctor(message);
    };
    var checkPath = (path, originalPath, doThrow) => {
      if (!isString(path)) {
        return doThrow(
          `path must be a string, but got \`${originalPath}\``,
          TypeError
        );
      }
      if (!path) {
        return doThrow(`path must not be empty`, TypeError);
      }
      if (checkPath.isNotRelative(path)) {
        const r = "`path.relative()`d";
        return doThrow(
          `path should be a ${r} string, but got "${originalPath}"`,
          RangeError
        );
      }
      return true;
    };
    var isNotRelative = (path) => {
      const first = path.charCodeAt(0);
      if (first === SLASH_CODE) {
        return true;
      }
      if (first !== DOT_CODE) {
        return false;
      }
      if (path.length === 1) {
        return true;
      }
      const second = path.charCodeAt(1);
      if (second === SLASH_CODE) {
        return true;
      }
      if (second !== DOT_CODE) {
        return false;
      }
      return path.length === 2 || path.charCodeAt(2) === SLASH_CODE;
    };
    checkPath.isNotRelative = isNotRelative;
    checkPath.convert = (p) => p;
    var convertPath = (target) => isString(target) && checkPath.convert(target);
    var Ignore = class {
      constructor({
        ignorecase = true,
        ignoreCase = ignorecase,
        allowRelativePaths = false
      } = {}) {
        define(this, KEY_IGNORE, true);
        this._rules = new RuleManager(ignoreCase);
        this._strictPathCheck = !allowRelativePaths;
        this._initCache();
      }
      _initCache() {
        this._ignoreCache = /* @__PURE__ */ Object.create(null);
        this._testCache = /* @__PURE__ */ Object.create(null);
      }
      add(pattern) {
        if (this._rules.add(pattern)) {
          this._initCache();
        }
        return this;
      }
      // legacy
      addPattern(pattern) {
        return this.add(pattern);
      }
      // @returns {TestResult}
      _test(originalPath, cache, path) {
        checkPath(
          path,
          originalPath,
          this._strictPathCheck ? throwError : RETURN_FALSE
        );
        return path ? this._t(path, cache) : {
          ignored: false,
          unignored: false
        };
      }
      checkIgnore(target) {
        const path = convertPath(target);
        if (!path || path.charCodeAt(path.length - 1) !== SLASH_CODE) {
          return this._test(target, this._testCache, path);
        }
        const dir = this._t(path, this._testCache);
        if (dir.ignored) {
          return dir;
        }
        const literal = this._rules.testLiteral(path);
        return literal.ignored || literal.unignored ? literal : dir;
      }
      _t(path, cache) {
        const cached = cache[path];
        if (cached) {
          return cached;
        }
        const parentPath = parentOf(path);
        const parent = parentPath ? this._t(parentPath, cache) : UNDEFINED;
        return cache[path] = parent && parent.ignored ? parent : this._rules.test(path, MODE_IGNORE);
      }
      ignores(path) {
        return this._test(path, this._ignoreCache, convertPath(path)).ignored;
      }
      createFilter() {
        return (path) => !this.ignores(path);
      }
      filter(paths) {
        return makeArray(paths).filter(this.createFilter());
      }
      // @returns {TestResult}
      test(path) {
        return this._test(path, this._testCache, convertPath(path));
      }
    };
    var factory = (options) => new Ignore(options);
    var isPathValid = (path) => checkPath(convertPath(path), path, RETURN_FALSE);
    var setupWindows = () => {
      const makePosix = (str) => /^\\\\\?\\/.test(str) || /["<>|\u0000-\u001F]+/u.test(str) ? str : str.replace(/\\/g, "/");
      checkPath.convert = makePosix;
      const REGEX_TEST_WINDOWS_PATH_ABSOLUTE = /^[a-z]:\//i;
      checkPath.isNotRelative = (path) => REGEX_TEST_WINDOWS_PATH_ABSOLUTE.test(path) || isNotRelative(path);
    };
    if (
      // Detect `process` so that it can run in browsers.
      typeof process !== "undefined" && process.platform === "win32"
    ) {
      setupWindows();
    }
    module.exports = factory;
    factory.default = factory;
    module.exports.isPathValid = isPathValid;
    define(module.exports, /* @__PURE__ */ Symbol.for("setupWindows"), setupWindows);
  }
});

// src/commands/scan.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/sources/files.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { existsSync as existsSync2 } from "node:fs";
import { stat } from "node:fs/promises";
import { basename, dirname as dirname2, join as join2, normalize, posix, resolve, sep as sep2 } from "node:path";

// src/sources/walk.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, opendirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
var toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
var IgnoreSummary = class {
  names = /* @__PURE__ */ new Set();
  paths = /* @__PURE__ */ new Set();
  suffixes = [];
  literals = [];
  globs = [];
  anyFolder = false;
  anything = false;
  constructor(text) {
    for (let line of text.split(/\r?\n/)) {
      if (line === "" || line.startsWith("#")) continue;
      if (line.startsWith("!")) line = line.slice(1);
      const dirOnly = line.endsWith("/");
      let body = dirOnly ? line.slice(0, -1) : line;
      if (body === "" || /\s$/.test(line) || line.includes("\\")) {
        this.anything = true;
        continue;
      }
      if (/[*?[\]]/.test(body)) {
        if (/^\*[^*?[\]/]+$/.test(body)) {
          this.suffixes.push(body.slice(1).toLowerCase());
          continue;
        }
        const literal = body.toLowerCase().split(/\[[^\]]*\]|[*?/[\]]/).reduce((a, b) => b.length > a.length ? b : a, "");
        const glob = body.includes("/") ? null : nameGlob(body);
        if (literal.length >= 2) this.literals.push(literal);
        else if (glob) this.globs.push(glob);
        else if (dirOnly) this.anyFolder = true;
        else this.anything = true;
        continue;
      }
      body = body.toLowerCase();
      if (body.includes("/")) this.paths.add(body.startsWith("/") ? body.slice(1) : body);
      else this.names.add(body);
    }
  }
  /** `path` is relative to the .gitignore's folder; `name` is its last part. */
  mayMatch(path, name, isDir) {
    if (this.anything || isDir && this.anyFolder) return true;
    const lowerName = name.toLowerCase();
    if (this.names.has(lowerName)) return true;
    for (const suffix of this.suffixes) if (lowerName.endsWith(suffix)) return true;
    for (const glob of this.globs) if (glob.test(name)) return true;
    if (this.paths.size === 0 && this.literals.length === 0) return false;
    const lowerPath = path.toLowerCase();
    if (this.paths.has(lowerPath)) return true;
    for (const literal of this.literals) if (lowerPath.includes(literal)) return true;
    return false;
  }
};
function nameGlob(pattern) {
  const source = pattern.replace(/\[!?([^\]]*)\]|([*?])|([^*?[])/g, (_, cls, wild, ch) => {
    if (cls !== void 0) return `[${_.startsWith("[!") ? "^" : ""}${cls.replace(/[\\\]^]/g, "\\$&")}]`;
    if (wild) return wild === "*" ? ".*" : ".";
    return ch.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");
  });
  try {
    const classes = pattern.match(/\[!?[^\]]*\]/g)?.length ?? 0;
    return (pattern.match(/\[/g)?.length ?? 0) !== classes ? null : new RegExp(`^${source}$`, "is");
  } catch {
    return null;
  }
}
function readIgnoreFile(dir) {
  try {
    return readFileSync(typeof dir === "string" ? join(dir, ".gitignore") : Buffer.concat([dir, Buffer.from("/.gitignore")]), "utf8");
  } catch {
    return null;
  }
}
function scopeOf(text, within, above) {
  return { rules: (0, import_ignore.default)({ ignorecase: false }).add(text), summary: new IgnoreSummary(text), within, above };
}
function ancestorIgnores(root) {
  const scopes = [];
  let dir = root;
  while (!existsSync(join(dir, ".git"))) {
    const parent = dirname(dir);
    if (parent === dir) return [];
    dir = parent;
    const text = readIgnoreFile(dir);
    if (text !== null) scopes.unshift(scopeOf(text, null, toPosix(relative(dir, root))));
  }
  return scopes;
}
function ignoredBy(scopes, path, name, isDir) {
  for (let i = scopes.length - 1; i >= 0; i--) {
    const scope = scopes[i];
    const rel = scope.above !== null ? `${scope.above}/${path}` : scope.within === "" ? path : path.slice(scope.within.length + 1);
    if (!scope.summary.mayMatch(rel, name, isDir)) continue;
    const verdict = scope.rules.test(isDir ? `${rel}/` : rel);
    if (verdict.ignored) return true;
    if (verdict.unignored) return false;
  }
  return false;
}
function escapeName(raw) {
  let out = "";
  for (let i = 0; i < raw.length; ) {
    const b = raw[i];
    const length = b < 128 ? 1 : b >= 194 && b < 224 ? 2 : b >= 224 && b < 240 ? 3 : b >= 240 && b < 245 ? 4 : 0;
    const piece = length && i + length <= raw.length ? raw.subarray(i, i + length) : null;
    const valid = piece !== null && piece.subarray(1).every((c) => (c & 192) === 128);
    const text = valid ? piece.toString("utf8") : "";
    if (valid && !text.includes("\uFFFD")) {
      out += text;
      i += length;
    } else {
      out += `\\x${b.toString(16).padStart(2, "0")}`;
      i++;
    }
  }
  return out;
}
var kindOf = (entry) => entry.isDirectory() ? "dir" : entry.isFile() ? "file" : entry.isSymbolicLink() ? "link" : "other";
function readEntries(handle) {
  const entries = [];
  for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) entries.push({ name: entry.name, raw: null, kind: kindOf(entry) });
  return entries;
}
function listDir(dir) {
  const handle = opendirSync(dir, { bufferSize: 128 });
  let entries;
  try {
    entries = readEntries(handle);
  } finally {
    handle.closeSync();
  }
  if (!entries.some((e) => e.name.includes("\uFFFD"))) return entries;
  const raw = opendirSync(dir, { bufferSize: 128, encoding: "buffer" });
  try {
    const out = [];
    for (let entry = raw.readSync(); entry !== null; entry = raw.readSync()) {
      const bytes = entry.name;
      const text = bytes.toString("utf8");
      const valid = Buffer.from(text, "utf8").equals(bytes);
      out.push({ name: valid ? text : escapeName(bytes), raw: valid ? null : bytes, kind: kindOf(entry) });
    }
    return out;
  } finally {
    raw.closeSync();
  }
}
var SEP = Buffer.from(sep);
function childPath(dir, entry) {
  if (typeof dir === "string" && entry.raw === null) return dir.endsWith(sep) ? dir + entry.name : dir + sep + entry.name;
  return Buffer.concat([typeof dir === "string" ? Buffer.from(dir) : dir, SEP, entry.raw ?? Buffer.from(entry.name)]);
}
function walkTree(root, options, events) {
  const excluded = globMatcher(options.exclude);
  const included = options.include.length ? globMatcher(options.include) : () => true;
  const tracked = options.tracked ?? null;
  const realRoot = realpathSync(root);
  const ancestors = options.gitignore ? ancestorIgnores(root) : [];
  const rootIgnored = ancestors.some((s) => s.rules.ignores(`${s.above}/`));
  const stack = [{ dir: root, path: "", scopes: ancestors, ignored: rootIgnored }];
  while (stack.length) {
    const { dir, path: dirPath, scopes: parentScopes, ignored: dirIgnored } = stack.pop();
    let entries;
    try {
      entries = listDir(dir);
    } catch (error) {
      events.skip(dir, dirPath, "unreadable", describeReadError(error));
      continue;
    }
    let scopes = parentScopes;
    if (options.gitignore && entries.some((e) => e.name === ".gitignore")) {
      const text = readIgnoreFile(dir);
      if (text !== null) scopes = [...parentScopes, scopeOf(text, dirPath, null)];
    }
    const subdirs = [];
    const isIgnored = (rel, name, isDir) => options.gitignore && (dirIgnored || ignoredBy(scopes, rel, name, isDir));
    for (const entry of entries) {
      if (entry.name === ".git") continue;
      const rel = dirPath ? `${dirPath}/${entry.name}` : entry.name;
      if (entry.kind === "dir") {
        if (excluded(rel) || excluded(`${rel}/`)) continue;
        const ignored = isIgnored(rel, entry.name, true);
        if (ignored && !tracked?.dirs.has(rel)) {
          events.ignored(rel, true);
          continue;
        }
        subdirs.push({ dir: childPath(dir, entry), path: rel, scopes, ignored });
      } else if (entry.kind === "file") {
        if (excluded(rel) || !included(rel)) continue;
        if (isIgnored(rel, entry.name, false) && !tracked?.files.has(rel)) {
          events.ignored(rel, false);
          continue;
        }
        events.file(childPath(dir, entry), rel);
      } else if (entry.kind === "link") {
        if (excluded(rel) || isIgnored(rel, entry.name, false)) continue;
        const absolute = childPath(dir, entry);
        let target;
        try {
          target = realpathSync(absolute);
        } catch {
          events.skip(absolute, rel, "link", "broken symbolic link");
          continue;
        }
        const inside = target === realRoot || target.startsWith(realRoot + sep);
        if (!inside) events.skip(absolute, rel, "link", "symbolic link to outside the scanned root");
      } else if (!excluded(rel) && included(rel)) {
        events.skip(childPath(dir, entry), rel, "not-a-file", "not a regular file");
      }
    }
    subdirs.sort((a, b) => a.path < b.path ? 1 : a.path > b.path ? -1 : 0);
    for (const sub of subdirs) stack.push(sub);
  }
}

// src/sources/files.ts
var IGNORED_NAMED = 20;
var IGNORED_KEPT = 1e5;
var toPosix2 = (path) => sep2 === "/" ? path : path.split(sep2).join("/");
async function* asBuffers(stream) {
  for await (const chunk of stream) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}
async function checkTargets(paths, cwd) {
  const targets = [];
  for (const arg of paths) {
    if (arg === "-") {
      targets.push({ arg, absolute: "-", isDir: false });
      continue;
    }
    const absolute = resolve(cwd, arg);
    try {
      targets.push({ arg, absolute, isDir: (await stat(absolute)).isDirectory() });
    } catch (error) {
      const code = error.code;
      throw new InputError(code === "ENOENT" || code === "ENOTDIR" ? `${arg}: no such file or directory` : `${arg}: cannot be read (${code})`);
    }
  }
  return targets;
}
function inWorkTree(dir) {
  for (let at = dir; ; at = dirname2(at)) {
    if (existsSync2(join2(at, ".git"))) return true;
    if (dirname2(at) === at) return false;
  }
}
async function trackedFiles(dir, debug) {
  if (!inWorkTree(dir)) return null;
  const run = await runGit(dir, ["ls-files", "-z", "--cached"]);
  if (run.code !== 0) {
    debug(`git ls-files in ${dir} failed (${run.stderr.trim().split("\n")[0] ?? ""}): .gitignore alone decides what is left out`);
    return null;
  }
  const files = new Set(run.stdout.split("\0").filter((p) => p !== ""));
  const dirs = /* @__PURE__ */ new Set();
  for (const file of files) for (let i = file.lastIndexOf("/"); i > 0; i = file.lastIndexOf("/", i - 1)) dirs.add(file.slice(0, i));
  debug(`${files.size.toLocaleString("en-US")} files tracked by git below ${dir}: scanned even where .gitignore matches them`);
  return { files, dirs };
}
async function filesSource(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const targets = await checkTargets(options.paths?.length ? options.paths : ["."], cwd);
  const onlyDir = targets.length === 1 && targets[0].isDir ? targets[0] : null;
  const root = onlyDir ? onlyDir.absolute : cwd;
  const display = (target, path) => {
    if (onlyDir) return path || basename(root);
    const typed = toPosix2(normalize(target.arg)).replace(/\/$/, "");
    return path ? posix.join(typed, path) : typed;
  };
  const debug = options.debug ?? (() => {
  });
  return {
    mode: targets.every((t) => t.arg === "-") ? "stdin" : "files",
    root: onlyDir ? onlyDir.arg : targets.length === 1 ? targets[0].arg : ".",
    configRoot: root,
    async scan(rules, filters, events) {
      const totals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
      const ignored = { count: 0, paths: [] };
      const record = (where, outcome) => {
        if (outcome.kind === "skipped") return events.skipped({ path: where.path, kind: outcome.skip, reason: outcome.reason });
        totals.files++;
        totals.bytes += outcome.bytes;
        if (outcome.matches.length) events.matches(outcome.matches, where);
      };
      const paths = [];
      const queue = fileQueue(rules, { maxFileSize: options.maxFileSize }, (i, outcome) => record({ path: paths[i] }, outcome));
      const gitignore = options.gitignore ?? true;
      for (const target of targets) {
        if (target.arg === "-") {
          record({ path: options.stdinName ?? "stdin" }, await scanChunks(rules, asBuffers(options.stdin ?? process.stdin)));
        } else if (target.isDir) {
          const tracked = gitignore ? await trackedFiles(target.absolute, debug) : null;
          walkTree(
            target.absolute,
            { gitignore, include: filters.include, exclude: filters.exclude, tracked },
            {
              file: (absolute, path) => {
                paths.push(display(target, path));
                queue.add(absolute);
              },
              skip: (_, path, kind, reason) => events.skipped({ path: display(target, path), kind, reason }),
              ignored: (path, isDir) => {
                ignored.count++;
                if (ignored.paths.length < IGNORED_KEPT) ignored.paths.push(display(target, path) + (isDir ? "/" : ""));
              }
            }
          );
        } else {
          paths.push(display(target, ""));
          queue.add(target.absolute);
        }
      }
      await queue.finish();
      if (gitignore) {
        ignored.paths = ignored.paths.sort().slice(0, IGNORED_NAMED);
        totals.ignored = ignored;
        debug(`${ignored.count.toLocaleString("en-US")} paths left out by .gitignore${ignored.count ? `: ${ignored.paths.join(", ")}${ignored.count > ignored.paths.length ? ", \u2026" : ""}` : ""}`);
      }
      return totals;
    }
  };
}

// src/commands/scan.ts
async function scan(options = {}) {
  return settle(await runScan(await filesSource(options), options), options);
}

// src/report/present.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-US")} ${n === 1 ? one : many}`;
}
function formatBytes(bytes) {
  if (bytes < 1024) return `${Math.round(bytes)} B`;
  const units = ["KB", "MB", "GB", "TB"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString("en-US")} ${units[unit]}`;
}
function shownSecret(finding, showSecrets) {
  return showSecrets ? finding.secret : finding.redacted;
}
var isLive = (f) => f.verification?.status === "live";
var LEVEL = { critical: "error", high: "error", medium: "warning", low: "note" };
var SEVERITY_RANK = { critical: 0, high: 1, medium: 2, low: 3 };
var CONFIDENCE_RANK = { high: 0, medium: 1, low: 2 };
var severityLevel = (severity) => LEVEL[severity];
function findingLevel(f) {
  return isLive(f) ? "error" : LEVEL[f.severity];
}
function comparePriority(a, b) {
  return Number(isLive(b)) - Number(isLive(a)) || SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] || CONFIDENCE_RANK[a.confidence] - CONFIDENCE_RANK[b.confidence];
}
function byPriority(findings) {
  return findings.map((f, i) => ({ f, i })).sort((a, b) => comparePriority(a.f, b.f) || a.i - b.i).map(({ f }) => f);
}
function describeFinding(f, showSecrets) {
  const parts = [];
  parts.push(
    `${isLive(f) ? "LIVE " : ""}${f.ruleName} found in ${f.path} at line ${f.line}, column ${f.column}: ${shownSecret(f, showSecrets)} (${f.confidence} confidence${f.region ? `, ${f.region.toUpperCase()} region` : ""}).`
  );
  if (f.commit) {
    const c = f.commit;
    parts.push(`Introduced in commit ${c.sha} by ${c.author}${c.email ? ` <${c.email}>` : ""} on ${c.date}.`);
  }
  if (f.verification) {
    const v = f.verification;
    if (v.status === "live") parts.push(`LIVE: the PagerDuty API accepted this credential (${v.reason}). Revoke it now.`);
    else if (v.status === "dead") parts.push(`Verified dead: ${v.reason}.`);
    else parts.push(`Liveness unknown: ${v.reason}.`);
  }
  return parts.join(" ");
}
function findingTitle(f) {
  return `${isLive(f) ? "LIVE " : ""}${f.ruleName} (${f.ruleId})`;
}
function summarize(result) {
  const count = (status) => result.findings.filter((f) => f.verification?.status === status).length;
  return {
    findings: result.findings.length,
    suppressed: result.suppressed.length,
    live: count("live"),
    dead: count("dead"),
    unknown: count("unknown"),
    unchecked: result.findings.filter((f) => f.verification?.unchecked).length
  };
}
var SUPPRESSION_WORDS = [
  ["inline", "pdguard:allow"],
  ["exclude", "excluded path"],
  ["allow", "allow list"],
  ["baseline", "baseline"]
];
function describeSuppressions(result) {
  const counts = result.scan.suppressed;
  if (!counts) return "";
  return SUPPRESSION_WORDS.filter(([kind]) => counts[kind] > 0).map(([kind, words]) => `${counts[kind].toLocaleString("en-US")} by ${words}`).join(", ");
}
function uncheckedMessage(unchecked) {
  return `verification incomplete: ${unchecked.toLocaleString("en-US")} unchecked (the deadline, a rate limit or no answer from the API left ${unchecked === 1 ? "it" : "them"} without a verdict, so ${unchecked === 1 ? "it" : "they"} may be live); run again later, or fail on any finding`;
}
function unreadablePaths(result) {
  return result.scan.skipped.filter(isUnreadable);
}
function otherSkips(result) {
  const reasons = /* @__PURE__ */ new Map();
  for (const s of result.scan.skipped) if (!isUnreadable(s)) reasons.set(s.reason, (reasons.get(s.reason) ?? 0) + 1);
  return [...reasons].sort(([a], [b]) => a < b ? -1 : a > b ? 1 : 0);
}
var ROTATE_ADVICE = "Rotate first: deleting the line or the commit does not revoke the credential, and it stays in git history and in every clone and fork. Then remove it from the code and load it from a secret store.";
function allowAdvice(mark = (name) => name) {
  return `A finding that is not a secret: add ${mark("pdguard:allow")} to its line (or ${mark("pdguard:allow-next-line")} on the line before), or run ${mark('pdguard allow FINGERPRINT --reason "..."')} (${mark("--last")}: all of this run's) to allow it in ${mark(".pdguard.yaml")}.`;
}

// src/report/github.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var COMMAND = { error: "error", warning: "warning", note: "notice" };
var MAX_LISTED_PATHS = 10;
function escapeData(text) {
  return text.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
function escapeProperty(text) {
  return escapeData(text).replace(/:/g, "%3A").replace(/,/g, "%2C");
}
function workflowCommand(command, properties, message) {
  const props = properties.filter(([, value]) => value !== void 0 && value !== "" && value !== 0).map(([key, value]) => `${key}=${escapeProperty(String(value))}`);
  return `::${command}${props.length ? ` ${props.join(",")}` : ""}::${escapeData(message)}`;
}
function annotation(f, showSecrets) {
  const title = findingTitle(f);
  const message = `${describeFinding(f, showSecrets)}
${f.remediation}
${f.helpUri}`;
  return workflowCommand(
    COMMAND[findingLevel(f)],
    [
      ["file", f.path],
      ["line", f.line],
      ["col", f.column],
      ["endLine", f.endLine],
      ["endColumn", f.endColumn],
      ["title", title]
    ],
    message
  );
}
function formatGithub(result, options) {
  const lines = byPriority(result.findings).map((f) => annotation(f, options.showSecrets));
  if (result.suppressed.length) {
    lines.push(
      workflowCommand("notice", [["title", "pdguard: suppressed findings"]], `${plural(result.suppressed.length, "finding")} suppressed: ${describeSuppressions(result)}.`)
    );
  }
  if (result.incomplete) {
    const unreadable = unreadablePaths(result);
    let message;
    if (unreadable.length) {
      const listed = unreadable.slice(0, MAX_LISTED_PATHS).map((s) => `${s.path} (${s.reason})`);
      const more = unreadable.length > MAX_LISTED_PATHS ? `, and ${unreadable.length - MAX_LISTED_PATHS} more (see --format json)` : "";
      message = `The scan is incomplete: ${plural(unreadable.length, "path")} could not be read: ${listed.join(", ")}${more}. Credentials there were not looked for: make them readable or exclude them with --exclude.`;
    } else {
      message = "The scan is incomplete: something could not be read (see --format json).";
    }
    lines.push(workflowCommand("error", [["title", "pdguard: scan incomplete"]], message));
  }
  return lines.length ? `${lines.join("\n")}
` : "";
}

// src/audit/text.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/rotation.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var REVIEW = "Review the audit records (GET /audit/records, or Account Settings \u2192 Audit Records) for use of the credential while it was exposed.";
var HISTORY = "Then remove it from the code and load it from a secret store; deleting the commit does not remove it from history, clones or forks.";
var KINDS = {
  "pagerduty-rest-api-key": {
    label: "REST API key",
    steps: [
      "Find whose key it is: an account key is listed under Integrations \u2192 Developer Tools \u2192 API Access Keys; a user token under that user's My Profile \u2192 User Settings \u2192 API Access.",
      "Create the replacement key and deploy it where the leaked one was used.",
      "Disable, then delete, the leaked key (an admin for account keys, the owner for user tokens).",
      REVIEW,
      HISTORY
    ]
  },
  "pagerduty-oauth-token": {
    label: "Scoped OAuth token",
    steps: [
      'In App Registration, open the app that issued it and choose "Revoke All Tokens".',
      "If the app's client secret may have leaked with it, delete and recreate the app's OAuth credentials too (deleting alone does not revoke issued tokens).",
      "Let the services that use the app obtain new tokens.",
      REVIEW,
      HISTORY
    ],
    maxLifetimeDays: 30,
    lifetime: "access tokens expire after a day, refresh tokens after 30 days"
  },
  "pagerduty-classic-oauth-token": {
    label: "Classic OAuth token",
    steps: [
      'In App Registration, open the app that issued it and choose "Revoke All Tokens".',
      "Move the integration to a scoped OAuth app if it still uses classic OAuth.",
      REVIEW,
      HISTORY
    ],
    maxLifetimeDays: 210,
    lifetime: "access tokens expire after 30 days and refresh tokens after 210 days"
  },
  "pagerduty-oauth-client-secret": {
    label: "OAuth client secret",
    steps: [
      'In App Registration, open the app and choose "Revoke All Tokens" first: tokens already issued outlive a new secret.',
      "Delete and recreate the app's OAuth client credentials, and deploy the new client secret.",
      REVIEW,
      HISTORY
    ]
  },
  "pagerduty-events-key": {
    label: "Events API key",
    steps: [
      "Create a new integration (or routing key) on the same service or Event Orchestration.",
      "Point every sender (monitoring, Alertmanager, scripts) at the new key.",
      "Delete the leaked integration: anyone holding its key can trigger and resolve incidents.",
      HISTORY
    ]
  },
  "pagerduty-ical-feed-url": {
    label: "Calendar feed URL",
    steps: [
      "Regenerate the private feed URL (My Profile \u2192 On-Call Shifts \u2192 Export, or POST /users/{id}/regenerate_private_url_key).",
      "Resubscribe the calendars that used the old URL.",
      HISTORY
    ]
  },
  "pagerduty-webhook-secret": {
    label: "Webhook signing secret",
    steps: [
      "Create a new webhook subscription (a signing secret is shown only when one is created) and deploy its secret to the receiver.",
      "Delete the old subscription: anyone with its secret can forge PagerDuty events to the receiver.",
      HISTORY
    ]
  }
};
var GENERIC = {
  label: "Credential",
  steps: ["Revoke the credential where it was issued and issue a new one.", HISTORY]
};
function credentialKind(ruleId) {
  return KINDS[ruleId] ?? GENERIC;
}

// src/audit/text.ts
var short = (ref) => ref.replace(/^refs\/(heads|tags|remotes)\//, "");
function statusWord(c) {
  if (!c.verification) return "not verified";
  return c.verification.status === "live" ? "LIVE" : c.verification.status;
}
function remedyText(c) {
  const e = c.exposure;
  if (!e) return "Exposure not computed (run pdguard audit for it).";
  if (e.remedy === "rewrite-history") {
    return "Rotate it. It is reachable from a published ref (a remote-tracking branch or a tag): deleting the file leaves it in history; only a history rewrite (git filter-repo, then a force push and every clone re-cloned) removes it.";
  }
  if (e.remedy === "delete-file") {
    return "Rotate it. Only unpublished local branches hold it: delete it there (amend or rebase those commits) before they are pushed.";
  }
  return "No ref reaches it any more; rotate it if it was ever pushed.";
}
function repositoryLine(r) {
  const parts = [];
  if (r.onDefaultBranch) parts.push(`in ${short(r.defaultBranch ?? "the default branch")} today`);
  else if (r.removed) parts.push(`removed in ${r.removed.sha.slice(0, 10)} on ${r.removed.date.slice(0, 10)}`);
  const others = r.presentAt.filter((ref) => ref !== r.defaultBranch);
  if (others.length) parts.push(`still in ${others.map(short).join(", ")}`);
  parts.push(r.refs.length ? `reachable from ${plural(r.refs.length, "ref")}: ${r.refs.map(short).join(", ")}` : "no ref reaches it");
  return `${r.repository}: ${parts.join("; ")}`;
}
function credentialBlock(c, paint, quiet) {
  const kind = credentialKind(c.ruleId);
  const status = statusWord(c);
  const head = [
    paint("1", `#${c.priority.rank}`),
    c.verification?.status === "live" ? paint("1;31", status) : status,
    paint("1", `${c.ruleName}`),
    paint("1", c.secret),
    paint("2", `(${c.ruleId}; ${plural(c.occurrences.length, "occurrence")}; secretHash ${c.secretHash.slice(0, 12)})`)
  ];
  const out = [head.join("  ")];
  const e = c.exposure;
  if (e?.introduced) {
    const who = e.introduced.author ? ` by ${e.introduced.author}${e.introduced.email ? ` <${e.introduced.email}>` : ""}` : "";
    const age = c.priority.ageDays !== null ? ` (${plural(c.priority.ageDays, "day")} ago)` : "";
    out.push(`    introduced ${e.introduced.date.slice(0, 10)}${age} in ${e.introduced.sha.slice(0, 10)}${who}`);
  }
  if (c.priority.pastLifetime && kind.lifetime) out.push(`    older than its lifetime (${kind.lifetime}): probably expired by itself; only --verify tells`);
  if (c.verification) out.push(`    verification: ${c.verification.status}: ${c.verification.reason}`);
  for (const r of e?.byRepository ?? []) out.push(`    ${repositoryLine(r)}`);
  for (const o of c.occurrences) {
    const commit = o.commit ? `  commit ${o.commit.sha.slice(0, 10)} ${o.commit.date.slice(0, 10)} ${o.commit.author}` : "";
    out.push(paint("2", `      ${o.repository ? `${o.repository}: ` : ""}${o.path}:${o.line}:${o.column}${commit}`));
  }
  out.push(`    ${remedyText(c)}`);
  if (!quiet) kind.steps.forEach((step, i) => out.push(paint("2", `      ${i + 1}. ${step}`)));
  return out;
}
function formatAuditText(report, options) {
  const paint = options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_, text) => text;
  const s = report.summary;
  const out = [];
  for (const c of report.credentials) out.push(...credentialBlock(c, paint, Boolean(options.quiet)), "");
  const where = `${plural(s.repositories, "repository", "repositories")}`;
  if (!s.credentials) {
    out.push(`${paint("32", "\u2714")} No PagerDuty credentials found in ${where}${s.suppressed ? ` (${s.suppressed} suppressed)` : ""}.`);
  } else {
    const verified = s.credentialsUnverified < s.credentials ? `${s.credentialsLive} live, ${s.credentialsDead} dead, ${s.credentialsUnknown} unknown` : "not verified (add --verify)";
    out.push(
      `${paint("1;31", "\u2716")} ${plural(s.credentials, "PagerDuty credential")} (${plural(s.occurrences, "occurrence")}) in ${where}: ${verified}; ${s.onDefaultBranch} on a default branch today, ${s.needHistoryRewrite} need a history rewrite${s.pastLifetime ? `, ${s.pastLifetime} past their lifetime` : ""}${s.suppressed ? `; ${s.suppressed} suppressed` : ""}.`
    );
  }
  if (report.incomplete) out.push(paint("33", "\u26A0 The audit is incomplete: some content could not be read (see --format json)."));
  return `${out.join("\n")}
`;
}

// src/report/html.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/forge.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function hostAndPath(url) {
  const scp = /^(?:[^@/:]+@)?([^/:]+):(?!\/)(.+)$/.exec(url);
  if (scp && !/^[a-z][a-z0-9+.-]*:\/\//i.test(url)) return { host: scp[1].toLowerCase(), path: scp[2] };
  try {
    const parsed = new URL(url);
    if (!["http:", "https:", "ssh:", "git:"].includes(parsed.protocol) || !parsed.hostname) return null;
    return { host: parsed.hostname.toLowerCase(), path: decodeURIComponent(parsed.pathname.replace(/^\/+/, "")) };
  } catch {
    return null;
  }
}
function sanitizeRemote(url) {
  const trimmed = url.trim();
  try {
    const parsed = new URL(trimmed);
    if (parsed.protocol === "file:") return trimmed;
    if (parsed.username || parsed.password) {
      parsed.username = "";
      parsed.password = "";
    }
    parsed.search = "";
    return parsed.toString();
  } catch {
    return trimmed;
  }
}
function remoteName(url) {
  const hp = hostAndPath(url);
  if (!hp) return null;
  const path = hp.path.replace(/\.git\/?$/, "").replace(/\/+$/, "");
  return path.includes("/") ? path : null;
}
function forgeOf(url) {
  const hp = hostAndPath(url);
  const name = remoteName(url);
  if (!hp || !name) return null;
  const host = hp.host === "ssh.github.com" ? "github.com" : hp.host;
  const kind = /(^|\.)github\./.test(host) || host === "github.com" ? "github" : /(^|\.)gitlab\./.test(host) || host === "gitlab.com" ? "gitlab" : null;
  if (!kind) return null;
  return { kind, url: `https://${host}/${name.split("/").map(encodeURIComponent).join("/")}` };
}
function commitLink(forge, sha) {
  return forge.kind === "github" ? `${forge.url}/commit/${sha}` : `${forge.url}/-/commit/${sha}`;
}
function fileLink(forge, sha, path, line) {
  const encoded = path.split("/").map(encodeURIComponent).join("/");
  return forge.kind === "github" ? `${forge.url}/blob/${sha}/${encoded}#L${line}` : `${forge.url}/-/blob/${sha}/${encoded}#L${line}`;
}

// src/report/html.ts
var ESCAPES = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };
function escapeHtml(text) {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]);
}
var h = escapeHtml;
function link(href, text) {
  return href && /^https:\/\//.test(href) ? `<a href="${h(href)}" rel="noreferrer noopener">${text}</a>` : text;
}
var short2 = (ref) => ref.replace(/^refs\/(heads|tags|remotes)\//, "");
var day = (iso) => iso ? iso.slice(0, 10) : "";
var REACH_LABEL = {
  "default-branch": "default branch today",
  "tag-or-default-history": "tag / default-branch history",
  branch: "feature branches only",
  none: "unreachable",
  "not-computed": "not computed"
};
var STYLE = `
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#fff;--muted:#57606a;--line:#d0d7de;--live:#c62828;--dead:#2e7d32;--unknown:#9a6700;--bar:#5b7bd5;--accent:#f6f8fa}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#8b949e;--line:#30363d;--accent:#161b22;--bar:#7d9cf0}}
*{box-sizing:border-box}body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);margin:0;padding:24px;max-width:1200px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px}h3{font-size:15px;margin:0}
.meta,.muted{color:var(--muted)}code,.mono{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:12.5px}
.cards{display:flex;flex-wrap:wrap;gap:10px;margin:16px 0}.card{border:1px solid var(--line);border-radius:8px;padding:10px 14px;min-width:120px;background:var(--accent)}
.card b{display:block;font-size:22px}.card.live b{color:var(--live)}
table{border-collapse:collapse;width:100%}th,td{border-bottom:1px solid var(--line);padding:6px 8px;text-align:left;vertical-align:top}
th{cursor:pointer;user-select:none;white-space:nowrap;background:var(--accent)}th[aria-sort=ascending]::after{content:" \u25B2"}th[aria-sort=descending]::after{content:" \u25BC"}
.status{font-weight:600;text-transform:uppercase;font-size:12px}.status.live{color:var(--live)}.status.dead{color:var(--dead)}.status.unknown,.status.unverified{color:var(--unknown)}
.tag{display:inline-block;border:1px solid var(--line);border-radius:10px;padding:0 7px;margin:1px 2px;font-size:12px}
.warn{color:var(--live);font-weight:600}
details{border:1px solid var(--line);border-radius:8px;margin:10px 0;padding:8px 12px}summary{cursor:pointer}
details ol{margin:6px 0 6px 20px;padding:0}svg text{fill:var(--fg);font-size:11px}svg .axis{stroke:var(--line)}
svg .bar{fill:var(--bar);opacity:.75}svg .bar.open{opacity:1}svg .dot{fill:var(--fg)}svg .gone{fill:var(--dead)}
`;
var SCRIPT = `
(function(){
  var table=document.getElementById('credentials');if(!table)return;
  var heads=table.tHead.rows[0].cells;
  function key(row,i){var c=row.cells[i];var v=c.getAttribute('data-sort');return v===null?c.textContent.trim().toLowerCase():v;}
  function sortBy(i){
    var th=heads[i];var asc=th.getAttribute('aria-sort')!=='ascending';
    for(var j=0;j<heads.length;j++)heads[j].removeAttribute('aria-sort');
    th.setAttribute('aria-sort',asc?'ascending':'descending');
    var numeric=th.getAttribute('data-type')==='number';
    var body=table.tBodies[0];var rows=Array.prototype.slice.call(body.rows);
    rows.map(function(r,n){return {r:r,n:n,k:key(r,i)};}).sort(function(a,b){
      var x=a.k,y=b.k;if(numeric){x=parseFloat(x);y=parseFloat(y);if(isNaN(x))x=-Infinity;if(isNaN(y))y=-Infinity;}
      var d=x<y?-1:x>y?1:0;return (asc?d:-d)||a.n-b.n;
    }).forEach(function(e){body.appendChild(e.r);});
  }
  for(var i=0;i<heads.length;i++)(function(i){
    heads[i].tabIndex=0;
    heads[i].addEventListener('click',function(){sortBy(i);});
    heads[i].addEventListener('keydown',function(e){if(e.key==='Enter'||e.key===' '){e.preventDefault();sortBy(i);}});
  })(i);
})();
`;
function statusClass(c) {
  return c.verification?.status ?? "unverified";
}
function repositoriesOf(c) {
  return [...new Set(c.occurrences.map((o) => o.repository).filter(Boolean))];
}
function summaryCards(report) {
  const s = report.summary;
  const cards = [
    ["credentials", s.credentials],
    ["occurrences", s.occurrences],
    ["repositories", s.repositories || 1],
    ["live", s.credentialsLive, "live"],
    ["dead", s.credentialsDead],
    ["unknown", s.credentialsUnknown],
    ["not verified", s.credentialsUnverified],
    ["on a default branch today", s.onDefaultBranch],
    ["need a history rewrite", s.needHistoryRewrite],
    ["past their lifetime", s.pastLifetime],
    ["suppressed", s.suppressed]
  ];
  return `<div class="cards" id="summary">${cards.map(([label, n, cls]) => `<div class="card${cls ? ` ${cls}` : ""}" data-count="${h(label)}"><b>${n.toLocaleString("en-US")}</b>${h(label)}</div>`).join("")}</div>`;
}
function timeline(report) {
  const asOf = Date.parse(report.asOf);
  const rows = report.credentials.map((c) => {
    const start = c.exposure?.introduced?.date ?? c.occurrences.map((o) => o.commit?.date).filter(Boolean).sort()[0];
    return start ? { c, start: Date.parse(start), end: c.exposure?.removed ? Date.parse(c.exposure.removed.date) : null } : null;
  }).filter((r) => r !== null && !Number.isNaN(r.start));
  if (!rows.length) return '<p class="muted">No commit dates to draw (a scan of files, not of history).</p>';
  const min = Math.min(...rows.map((r) => r.start));
  const max = Math.max(asOf, ...rows.map((r) => r.end ?? r.start));
  const left = 70;
  const width = 900;
  const rowHeight = 18;
  const x = (t) => left + (t - min) / Math.max(max - min, 1) * (width - left - 10);
  const height = rows.length * rowHeight + 30;
  const parts = [];
  rows.forEach((r, i) => {
    const y = 8 + i * rowHeight;
    const end = r.end ?? asOf;
    const open = r.end === null;
    const title = `#${r.c.priority.rank} ${r.c.ruleName}: introduced ${day(new Date(r.start).toISOString())}${open ? ", not removed" : `, removed ${day(new Date(end).toISOString())}`}`;
    parts.push(`<text x="0" y="${y + 11}">#${r.c.priority.rank}</text>`);
    parts.push(`<rect class="bar${open ? " open" : ""}" x="${x(r.start).toFixed(1)}" y="${y + 2}" width="${Math.max(2, x(end) - x(r.start)).toFixed(1)}" height="${rowHeight - 6}" rx="3"><title>${h(title)}</title></rect>`);
    for (const o of r.c.occurrences) {
      if (!o.commit) continue;
      parts.push(`<circle class="dot" cx="${x(Date.parse(o.commit.date)).toFixed(1)}" cy="${y + rowHeight / 2 - 1}" r="3"><title>${h(`${o.repository ? `${o.repository}: ` : ""}${o.path} in ${o.commit.sha.slice(0, 10)} (${day(o.commit.date)})`)}</title></circle>`);
    }
    if (!open) parts.push(`<circle class="gone" cx="${x(end).toFixed(1)}" cy="${y + rowHeight / 2 - 1}" r="3"><title>removed</title></circle>`);
  });
  const axisY = rows.length * rowHeight + 12;
  parts.push(`<line class="axis" x1="${left}" y1="${axisY}" x2="${width - 10}" y2="${axisY}"/>`);
  parts.push(`<text x="${left}" y="${axisY + 14}">${h(day(new Date(min).toISOString()))}</text>`);
  parts.push(`<text x="${width - 10}" y="${axisY + 14}" text-anchor="end">${h(day(new Date(max).toISOString()))}</text>`);
  return `<svg id="timeline" role="img" aria-label="When each credential was introduced and removed" viewBox="0 0 ${width} ${height}" width="100%">${parts.join("")}</svg>`;
}
function table(report) {
  const head = [
    ["#", "number"],
    ["Credential type", "text"],
    ["Secret", "text"],
    ["Status", "text"],
    ["Exposure", "text"],
    ["Age (days)", "number"],
    ["Repositories", "text"],
    ["Occurrences", "number"]
  ];
  const rows = report.credentials.map((c) => {
    const kind = credentialKind(c.ruleId);
    const repos = repositoriesOf(c);
    const exposure = `${REACH_LABEL[c.priority.reach]}${c.exposure?.remedy === "rewrite-history" ? " \xB7 history rewrite needed" : ""}`;
    return `<tr id="row-${c.priority.rank}" data-secret-hash="${h(c.secretHash)}"><td data-sort="${c.priority.rank}"><a href="#credential-${c.priority.rank}">${c.priority.rank}</a></td><td>${h(kind.label === "Credential" ? c.ruleName : kind.label)}</td><td class="mono">${h(c.secret)}</td><td data-sort="${["live", "unknown", "unverified", "dead"].indexOf(statusClass(c))}"><span class="status ${statusClass(c)}">${h(statusWord(c))}</span>${c.priority.pastLifetime ? ' <span class="tag">past lifetime</span>' : ""}</td><td data-sort="${["default-branch", "tag-or-default-history", "branch", "not-computed", "none"].indexOf(c.priority.reach)}">${h(exposure)}</td><td data-sort="${c.priority.ageDays ?? ""}">${c.priority.ageDays ?? ""}</td><td>${h(repos.join(", "))}</td><td data-sort="${c.occurrences.length}">${c.occurrences.length}</td></tr>`;
  });
  return `<table id="credentials"><thead><tr>${head.map(([label, type]) => `<th scope="col" data-type="${type}">${h(label)}</th>`).join("")}</tr></thead><tbody>${rows.join("")}</tbody></table>`;
}
function occurrenceItem(o, forges) {
  const forge = forges.get(o.repository) ?? null;
  const where = `${h(o.path)}:${o.line}`;
  const file = o.commit && forge ? link(fileLink(forge, o.commit.sha, o.path, o.line), `<code>${where}</code>`) : `<code>${where}</code>`;
  const commit = o.commit ? ` in ${forge ? link(commitLink(forge, o.commit.sha), `<code>${h(o.commit.sha.slice(0, 12))}</code>`) : `<code>${h(o.commit.sha.slice(0, 12))}</code>`} by ${h(o.commit.author)}${o.commit.email ? ` &lt;${h(o.commit.email)}&gt;` : ""} on ${h(day(o.commit.date))}` : "";
  return `<li>${o.repository ? `<b>${h(o.repository)}</b>: ` : ""}${file}${commit}</li>`;
}
function exposureItem(r, forges) {
  const forge = forges.get(r.repository) ?? null;
  const commit = (sha) => forge ? link(commitLink(forge, sha), `<code>${h(sha.slice(0, 12))}</code>`) : `<code>${h(sha.slice(0, 12))}</code>`;
  const parts = [];
  if (r.introduced) parts.push(`introduced ${h(day(r.introduced.date))} in ${commit(r.introduced.sha)}${r.introduced.author ? ` by ${h(r.introduced.author)}` : ""}`);
  if (r.removed) parts.push(`removed ${h(day(r.removed.date))} in ${commit(r.removed.sha)}${r.removed.author ? ` by ${h(r.removed.author)}` : ""}`);
  else parts.push('<span class="warn">not removed</span>');
  parts.push(r.onDefaultBranch ? `<span class="warn">in the tip of ${h(short2(r.defaultBranch ?? "the default branch"))} today</span>` : `not in the tip of ${h(short2(r.defaultBranch ?? "the default branch"))}`);
  const refs = r.refs.map((ref) => `<span class="tag${r.presentAt.includes(ref) ? " warn" : ""}" title="${h(ref)}${r.presentAt.includes(ref) ? ": its tip holds it" : ""}">${h(short2(ref))}</span>`).join("");
  return `<li><b>${h(r.repository)}</b>: ${parts.join("; ")}.<br>Reachable from: ${refs || "<i>no ref</i>"}</li>`;
}
function detail(c, forges) {
  const kind = credentialKind(c.ruleId);
  const v = c.verification;
  const lines = [];
  lines.push(`<p><span class="status ${statusClass(c)}">${h(statusWord(c))}</span>${v ? ` \u2014 ${h(v.reason)}` : " \u2014 run with --verify to check it"}. <span class="muted">secretHash <code>${h(c.secretHash)}</code>; rule <code>${h(c.ruleId)}</code>; ${h(c.confidence)} confidence${c.region ? `; ${h(c.region.toUpperCase())} region` : ""}.</span></p>`);
  if (c.priority.pastLifetime && kind.lifetime) lines.push(`<p>Older than its lifetime (${h(kind.lifetime)}): probably expired by itself, but only verification says so.</p>`);
  lines.push(`<p><b>What removing it takes:</b> ${h(remedyText(c))}</p>`);
  if (c.exposure?.byRepository.length) lines.push(`<h4>Exposure</h4><ul>${c.exposure.byRepository.map((r) => exposureItem(r, forges)).join("")}</ul>`);
  lines.push(`<h4>${h(plural(c.occurrences.length, "occurrence"))}</h4><ul>${c.occurrences.map((o) => occurrenceItem(o, forges)).join("")}</ul>`);
  lines.push(`<h4>Rotation steps</h4><ol>${kind.steps.map((s) => `<li>${h(s)}</li>`).join("")}</ol>`);
  lines.push(`<p class="muted">${h(c.remediation)} ${link(c.helpUri, h(c.helpUri))}</p>`);
  const age = c.priority.ageDays !== null ? ` \xB7 ${plural(c.priority.ageDays, "day")}` : "";
  return `<details id="credential-${c.priority.rank}" data-secret-hash="${h(c.secretHash)}"${c.priority.rank <= 3 ? " open" : ""}><summary><h3 style="display:inline">#${c.priority.rank} ${h(c.ruleName)} <code>${h(c.secret)}</code></h3> <span class="muted">${h(REACH_LABEL[c.priority.reach])}${h(age)}</span></summary>${lines.join("")}</details>`;
}
function formatHtml(report, options = {}) {
  const forges = new Map(report.repositories.map((r) => [r.name, r.forge]));
  const what = report.repositories.length ? report.repositories.map((r) => r.name).join(", ") : report.scan.root;
  const title = options.title ?? `pdguard audit: ${what}`;
  const repos = report.repositories.length ? `<ul>${report.repositories.map(
    (r) => `<li><b>${h(r.name)}</b> ${r.forge ? link(r.forge.url, h(r.forge.url)) : r.remote ? `<code>${h(r.remote)}</code>` : ""} <span class="muted">\u2014 default branch ${h(short2(r.defaultBranch ?? "unknown"))}; ${h(plural(r.scan.commitsScanned, "commit"))}, ${h(plural(r.scan.blobsScanned, "blob"))}</span></li>`
  ).join("")}</ul>` : "";
  const body = [
    `<h1>${h(title)}</h1>`,
    `<p class="meta">${h(report.tool.name)} ${h(report.tool.version)} \xB7 as of ${h(report.asOf.replace("T", " ").replace(/\.\d+Z$/, " UTC"))} \xB7 secrets ${report.secretsShown ? '<span class="warn">shown in full: handle this file as a secret</span>' : "redacted"}${report.incomplete ? ' \xB7 <span class="warn">incomplete: some content could not be read</span>' : ""}</p>`,
    summaryCards(report),
    repos,
    "<h2>Timeline</h2>",
    timeline(report),
    "<h2>Credentials</h2>",
    report.credentials.length ? `<p class="muted">Most urgent first: live, then unknown, then dead; what the default branch or a tag holds before feature branches; then the oldest. Click a header to sort.</p>${table(report)}` : "<p>No PagerDuty credentials found.</p>",
    report.credentials.length ? "<h2>Details and rotation steps</h2>" : "",
    ...report.credentials.map((c) => detail(c, forges))
  ].join("\n");
  return [
    "<!DOCTYPE html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="utf-8">',
    // Nothing may be fetched: no scripts, styles, fonts, images or connections but what is inline.
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'">`,
    '<meta name="referrer" content="no-referrer">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${h(title)}</title>`,
    `<style>${STYLE}</style>`,
    "</head>",
    "<body>",
    body,
    `<script>${SCRIPT}</script>`,
    "</body>",
    "</html>",
    ""
  ].join("\n");
}

// src/report/json.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/build.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/credentials.ts
init_define_PDGUARD_BUILTIN_PATTERNS();

// src/audit/refs.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function refKind(name) {
  if (name.startsWith("refs/heads/")) return "branch";
  if (name.startsWith("refs/tags/")) return "tag";
  if (name.startsWith("refs/remotes/")) return "remote";
  return "other";
}
var KIND_ORDER = { branch: 0, tag: 1, remote: 2, other: 3 };
function compareRefs(defaultBranch) {
  return (a, b) => Number(b === defaultBranch) - Number(a === defaultBranch) || KIND_ORDER[refKind(a)] - KIND_ORDER[refKind(b)] || (a < b ? -1 : a > b ? 1 : 0);
}

// src/audit/credentials.ts
var DAY_MS = 864e5;
var byDate = (a, b) => Date.parse(a.date) - Date.parse(b.date);
function occurrenceOf(f) {
  return {
    repository: f.repository ?? "",
    path: f.path,
    line: f.line,
    column: f.column,
    commit: f.commit ?? null,
    fingerprint: f.fingerprint
  };
}
var compareOccurrences = (a, b) => (a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0) || (a.commit && b.commit ? byDate(a.commit, b.commit) : 0) || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || a.line - b.line;
var STATUS_RANK = { live: 0, unknown: 1, dead: 2 };
function strongerVerification(a, b) {
  if (!a) return b;
  if (!b) return a;
  return STATUS_RANK[b.status] < STATUS_RANK[a.status] ? b : a;
}
var NO_PRIORITY = { rank: 0, status: "unknown", reach: "not-computed", ageDays: null, pastLifetime: false };
function groupFindings(findings) {
  const bySecret = /* @__PURE__ */ new Map();
  for (const f of findings) {
    const known = bySecret.get(f.secretHash);
    if (known) {
      known.occurrences.push(occurrenceOf(f));
      const v = strongerVerification(known.verification, f.verification);
      if (v) known.verification = v;
      continue;
    }
    bySecret.set(f.secretHash, {
      secretHash: f.secretHash,
      ruleId: f.ruleId,
      ruleName: f.ruleName,
      severity: f.severity,
      confidence: f.confidence,
      region: f.region,
      secret: f.secret,
      occurrences: [occurrenceOf(f)],
      exposure: null,
      ...f.verification ? { verification: f.verification } : {},
      priority: NO_PRIORITY,
      remediation: f.remediation,
      helpUri: f.helpUri
    });
  }
  for (const c of bySecret.values()) c.occurrences.sort(compareOccurrences);
  return [...bySecret.values()];
}
function mergeCredentials(lists) {
  const bySecret = /* @__PURE__ */ new Map();
  for (const list of lists) {
    for (const c of list) {
      const known = bySecret.get(c.secretHash);
      if (!known) {
        bySecret.set(c.secretHash, { ...c, occurrences: [...c.occurrences], exposure: c.exposure && { ...c.exposure, byRepository: [...c.exposure.byRepository] } });
        continue;
      }
      known.occurrences.push(...c.occurrences);
      const v = strongerVerification(known.verification, c.verification);
      if (v) known.verification = v;
      if (c.exposure) {
        const repos = [...known.exposure?.byRepository ?? [], ...c.exposure.byRepository];
        known.exposure = aggregateExposure(repos, null);
      }
    }
  }
  for (const c of bySecret.values()) c.occurrences.sort(compareOccurrences);
  return [...bySecret.values()];
}
function ageInDays(since, asOf) {
  return Math.max(0, Math.floor((asOf - Date.parse(since)) / DAY_MS));
}
function aggregateExposure(byRepository, asOf) {
  const repos = [...new Map(byRepository.map((r) => [r.repository, r])).values()].sort((a, b) => a.repository < b.repository ? -1 : a.repository > b.repository ? 1 : 0);
  const introductions = repos.map((r) => r.introduced).filter((p) => p !== null).sort(byDate);
  const removals = repos.map((r) => r.removed);
  const stillThere = repos.some((r) => r.removed === null && r.refs.length > 0);
  const removed = !stillThere && removals.every((p) => p !== null) ? [...removals].sort(byDate).at(-1) ?? null : null;
  const refs = [...new Set(repos.flatMap((r) => r.refs))].sort(compareRefs(null));
  const introduced = introductions[0] ?? null;
  return {
    introduced,
    removed,
    refs,
    onDefaultBranch: repos.some((r) => r.onDefaultBranch),
    published: repos.some((r) => r.published),
    remedy: repos.some((r) => r.remedy === "rewrite-history") ? "rewrite-history" : repos.some((r) => r.remedy === "delete-file") ? "delete-file" : "none",
    ageDays: introduced && asOf !== null ? ageInDays(introduced.date, asOf) : null,
    byRepository: repos
  };
}
function reachOf(exposure) {
  if (!exposure) return "not-computed";
  if (exposure.onDefaultBranch) return "default-branch";
  const inDefaultHistory = exposure.byRepository.some(
    (r) => r.defaultBranch !== null && (r.refs.includes(r.defaultBranch) || r.refs.includes(r.defaultBranch.replace(/^refs\/remotes\/[^/]+\//, "refs/heads/")))
  );
  if (inDefaultHistory || exposure.refs.some((r) => r.startsWith("refs/tags/"))) return "tag-or-default-history";
  return exposure.refs.length ? "branch" : "none";
}
var REACH_RANK = { "default-branch": 0, "tag-or-default-history": 1, branch: 2, "not-computed": 3, none: 4 };
function firstCommitted(c) {
  if (c.exposure?.introduced) return c.exposure.introduced.date;
  const dates = c.occurrences.map((o) => o.commit?.date).filter((d) => d !== void 0).sort((a, b) => Date.parse(a) - Date.parse(b));
  return dates[0] ?? null;
}
function prioritize(credentials, asOf) {
  const ranked = credentials.map((c) => {
    const since = firstCommitted(c);
    const ageDays = since ? ageInDays(since, asOf) : null;
    const lifetime = credentialKind(c.ruleId).maxLifetimeDays;
    const exposure = c.exposure ? { ...c.exposure, ageDays } : null;
    const priority = {
      rank: 0,
      status: c.verification?.status ?? "unknown",
      reach: reachOf(exposure),
      ageDays,
      pastLifetime: lifetime !== void 0 && ageDays !== null && ageDays > lifetime
    };
    return { ...c, exposure, priority };
  });
  ranked.sort(
    (a, b) => STATUS_RANK[a.priority.status] - STATUS_RANK[b.priority.status] || REACH_RANK[a.priority.reach] - REACH_RANK[b.priority.reach] || (b.priority.ageDays ?? -1) - (a.priority.ageDays ?? -1) || (a.secretHash < b.secretHash ? -1 : a.secretHash > b.secretHash ? 1 : 0)
  );
  ranked.forEach((c, i) => c.priority = { ...c.priority, rank: i + 1 });
  return ranked;
}

// src/audit/build.ts
function reportFinding(f, showSecrets, repository) {
  const out = {
    ...repository !== void 0 ? { repository } : {},
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: showSecrets ? f.secret : f.redacted,
    secretHash: f.secretHash,
    fingerprint: f.fingerprint,
    region: f.region,
    ...f.decoded ? { decoded: f.decoded } : {},
    ...f.commit ? { commit: f.commit } : {},
    ...f.verification ? { verification: f.verification } : {},
    remediation: f.remediation,
    helpUri: f.helpUri
  };
  return out;
}
function summarizeAudit(credentials, repositories, suppressed, findings) {
  const status = (s) => credentials.filter((c) => c.verification?.status === s).length;
  const findingStatus = (s) => findings.filter((f) => f.verification?.status === s).length;
  return {
    findings: findings.length,
    suppressed,
    live: findingStatus("live"),
    dead: findingStatus("dead"),
    unknown: findingStatus("unknown"),
    repositories,
    credentials: credentials.length,
    occurrences: credentials.reduce((n, c) => n + c.occurrences.length, 0),
    credentialsLive: status("live"),
    credentialsDead: status("dead"),
    credentialsUnknown: status("unknown"),
    credentialsUnverified: credentials.filter((c) => !c.verification).length,
    onDefaultBranch: credentials.filter((c) => c.exposure?.onDefaultBranch).length,
    needHistoryRewrite: credentials.filter((c) => c.exposure?.remedy === "rewrite-history").length,
    pastLifetime: credentials.filter((c) => c.priority.pastLifetime).length
  };
}
function combineScans(repositories, durationMs) {
  const sum = (key) => repositories.reduce((n, r) => n + r.scan[key], 0);
  return {
    mode: "audit",
    root: repositories.map((r) => r.path).join(", "),
    config: null,
    bytesScanned: sum("bytesScanned"),
    filesScanned: sum("filesScanned"),
    commitsScanned: sum("commitsScanned"),
    blobsScanned: sum("blobsScanned"),
    skipped: repositories.flatMap((r) => r.scan.skipped.map((s) => ({ ...s, path: `${r.name}/${s.path}` }))),
    durationMs,
    ...repositories.some((r) => r.scan.shallow) ? { shallow: true } : {}
  };
}
function reportOfScan(result, meta) {
  const findings = result.findings.map((f) => reportFinding(f, meta.showSecrets));
  const credentials = prioritize(groupFindings(findings), meta.asOf);
  const scan2 = result.scan;
  return {
    version: 1,
    tool: { name: TOOL_NAME, version: meta.toolVersion },
    asOf: new Date(meta.asOf).toISOString(),
    scan: scan2,
    repositories: [],
    credentials,
    findings,
    summary: summarizeAudit(credentials, 0, result.suppressed.length, findings),
    incomplete: result.incomplete,
    secretsShown: meta.showSecrets
  };
}
function plainCredentials(findings, showSecrets) {
  return groupFindings(findings.map((f) => reportFinding(f, showSecrets))).map((c) => ({
    secretHash: c.secretHash,
    ruleId: c.ruleId,
    ruleName: c.ruleName,
    secret: c.secret,
    occurrences: c.occurrences.map(({ repository: _, ...o }) => o),
    exposure: null,
    ...c.verification ? { verification: c.verification } : {}
  }));
}

// src/report/json.ts
function formatJson(result, options) {
  const report = {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    scan: result.scan,
    findings: result.findings.map((f) => reportFinding(f, options.showSecrets)),
    // Each secret once, with every place it was found (`pdguard audit` adds its exposure).
    credentials: plainCredentials(result.findings, options.showSecrets),
    summary: summarize(result)
  };
  return `${JSON.stringify(report, null, 2)}
`;
}

// src/report/sarif.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { gzipSync } from "node:zlib";
var SARIF_SCHEMA_URI = "https://json.schemastore.org/sarif-2.1.0.json";
var FINGERPRINT_KEY = "pdguard/v1";
var SRCROOT = "%SRCROOT%";
var MAX_RESULTS = 25e3;
var MAX_GZIP_BYTES = 95e5;
var SECURITY_SEVERITY = { critical: "9.5", high: "8.0", medium: "5.5", low: "3.0" };
var PRECISION = { high: "very-high", medium: "medium", low: "low" };
var CWE_TAG = "external/cwe/cwe-798";
var MAX_LISTED_SKIPS = 1e3;
function pascalName(name) {
  const words = name.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  const out = words.map((w) => w[0].toUpperCase() + w.slice(1)).join("");
  return out || "Rule";
}
function wellFormed(text) {
  return text.replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, "\uFFFD");
}
function artifactLocation(path) {
  const clean = wellFormed(path);
  const encode = (p) => p.split("/").map(encodeURIComponent).join("/");
  if (clean.startsWith("/")) return { uri: `file://${encode(clean)}` };
  const drive = /^([A-Za-z]):\//.exec(clean);
  if (drive) return { uri: `file:///${drive[1]}:/${encode(clean.slice(3))}` };
  return { uri: encode(clean), uriBaseId: SRCROOT };
}
function ruleDescriptor(rule) {
  const tags = [.../* @__PURE__ */ new Set(["security", "secret", ...rule.tags, CWE_TAG])];
  const helpText = [
    `${rule.name} (${rule.id})`,
    "",
    rule.description,
    "",
    `Remediation: ${rule.remediation}`,
    "",
    ROTATE_ADVICE,
    "",
    allowAdvice(),
    "",
    `More: ${rule.helpUri}`
  ].join("\n");
  const helpMarkdown = [
    `**${rule.name}** (\`${rule.id}\`)`,
    "",
    rule.description,
    "",
    "## Remediation",
    "",
    rule.remediation,
    "",
    ROTATE_ADVICE,
    "",
    allowAdvice((name) => `\`${name}\``),
    "",
    `[${rule.helpUri}](${rule.helpUri})`
  ].join("\n");
  return {
    id: rule.id,
    name: pascalName(rule.name),
    shortDescription: { text: rule.name },
    fullDescription: { text: rule.description },
    helpUri: rule.helpUri,
    help: { text: helpText, markdown: helpMarkdown },
    defaultConfiguration: { level: severityLevel(rule.severity) },
    properties: {
      tags,
      precision: PRECISION[rule.confidence],
      "security-severity": SECURITY_SEVERITY[rule.severity],
      "problem.severity": severityLevel(rule.severity) === "note" ? "recommendation" : severityLevel(rule.severity),
      confidence: rule.confidence,
      severity: rule.severity
    }
  };
}
function ruleFromFinding(f) {
  return {
    id: f.ruleId,
    name: f.ruleName,
    description: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    keywords: [],
    patterns: [],
    secret: {},
    knownExamples: /* @__PURE__ */ new Set(),
    region: {},
    verify: { method: "none" },
    remediation: f.remediation,
    helpUri: f.helpUri,
    tags: [],
    examples: [],
    negativeExamples: [],
    source: ""
  };
}
function sarifResult(f, ruleIndex, showSecrets) {
  const properties = {
    confidence: f.confidence,
    severity: f.severity,
    secretHash: f.secretHash
  };
  if (f.region) properties.region = f.region;
  if (f.decoded) properties.decoded = f.decoded;
  if (f.verification) properties.verification = f.verification;
  if (f.commit) properties.commit = f.commit;
  return {
    ruleId: f.ruleId,
    ruleIndex,
    level: findingLevel(f),
    message: { text: describeFinding(f, showSecrets) },
    locations: [
      {
        physicalLocation: {
          artifactLocation: artifactLocation(f.path),
          region: {
            startLine: Math.max(1, f.line),
            startColumn: Math.max(1, f.column),
            endLine: Math.max(1, f.line, f.endLine),
            endColumn: Math.max(1, f.endColumn)
          }
        }
      }
    ],
    partialFingerprints: { [FINGERPRINT_KEY]: f.fingerprint },
    properties
  };
}
function skipNotifications(result) {
  const out = [];
  const unreadable = unreadablePaths(result);
  for (const s of unreadable.slice(0, MAX_LISTED_SKIPS)) {
    out.push({
      level: "error",
      message: { text: `${s.path} could not be read (${s.reason}): the scan is incomplete.` },
      locations: [{ physicalLocation: { artifactLocation: artifactLocation(s.path) } }]
    });
  }
  if (unreadable.length > MAX_LISTED_SKIPS) {
    out.push({
      level: "error",
      message: { text: `${plural(unreadable.length - MAX_LISTED_SKIPS, "more path")} could not be read (see --format json).` }
    });
  }
  if (result.incomplete && unreadable.length === 0) {
    out.push({ level: "error", message: { text: "The scan is incomplete: something could not be read (see --format json)." } });
  }
  const skips = otherSkips(result);
  if (skips.length) {
    const list = skips.map(([r, n]) => `${n.toLocaleString("en-US")} ${r}`);
    out.push({ level: "note", message: { text: `Skipped ${plural(result.scan.skipped.length - unreadable.length, "path")}: ${list.join(", ")}.` } });
  }
  return out;
}
function formatSarif(result, options) {
  const maxResults = options.limits?.maxResults ?? MAX_RESULTS;
  const maxGzipBytes = options.limits?.maxGzipBytes ?? MAX_GZIP_BYTES;
  const rules = [];
  const ruleIndex = /* @__PURE__ */ new Map();
  const addRule = (rule) => {
    if (ruleIndex.has(rule.id)) return;
    ruleIndex.set(rule.id, rules.length);
    rules.push(ruleDescriptor(rule));
  };
  for (const rule of result.rules) addRule(rule);
  for (const f of result.findings) addRule(ruleFromFinding(f));
  const total = result.findings.length;
  const order = result.findings.map((_, i) => i).sort((a, b) => comparePriority(result.findings[a], result.findings[b]) || a - b);
  const allResults = result.findings.map((f) => sarifResult(f, ruleIndex.get(f.ruleId), options.showSecrets));
  const baseNotifications = skipNotifications(result);
  const capped = Math.min(total, maxResults);
  const build = (count2, sizeLimited2) => {
    const keep = order.slice(0, count2).sort((a, b) => a - b);
    const notifications = [...baseNotifications];
    if (count2 < total) {
      const why = sizeLimited2 ? `the report must stay under GitHub's 10 MB gzipped upload limit${capped < total ? ` and its limit of ${plural(maxResults, "result")} per run` : ""}` : `GitHub code scanning accepts at most ${plural(maxResults, "result")} per run`;
      notifications.push({
        level: "warning",
        message: {
          text: `${plural(total - count2, "finding")} of ${total.toLocaleString("en-US")} left out of this report: ${why}. The most severe are kept (live first, then by severity and confidence); run with --format json to see every finding.`
        }
      });
    }
    const log = {
      $schema: SARIF_SCHEMA_URI,
      version: "2.1.0",
      runs: [
        {
          tool: {
            driver: {
              name: TOOL_NAME,
              .../^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/.test(options.toolVersion) ? { semanticVersion: options.toolVersion } : {},
              version: options.toolVersion,
              informationUri: INFORMATION_URI,
              rules
            }
          },
          invocations: [
            {
              executionSuccessful: !result.incomplete,
              ...notifications.length ? { toolExecutionNotifications: notifications } : {}
            }
          ],
          originalUriBaseIds: {
            [SRCROOT]: { description: { text: `The root pdguard scanned (${result.scan.root}); result paths are relative to it.` } }
          },
          columnKind: "utf16CodeUnits",
          results: keep.map((i) => allResults[i]),
          properties: {
            scanMode: result.scan.mode,
            findings: total,
            reported: count2,
            suppressed: result.suppressed.length,
            ...result.scan.suppressed ? { suppressedBy: result.scan.suppressed } : {}
          }
        }
      ]
    };
    return `${JSON.stringify(log, null, 2)}
`;
  };
  let count = capped;
  let sizeLimited = false;
  for (; ; ) {
    const text = build(count, sizeLimited);
    if (count === 0 || Buffer.byteLength(text, "utf8") <= maxGzipBytes - 1024) return text;
    const gzipped = gzipSync(text).length;
    if (gzipped <= maxGzipBytes) return text;
    sizeLimited = true;
    count = Math.max(0, Math.min(count - 1, Math.floor(count * (maxGzipBytes / gzipped) * 0.95)));
  }
}

// src/report/layout.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var DEFAULT_WIDTH = 80;
var NARROWEST = 40;
var SGR = /\u001b\[[0-9;]*m/g;
function visibleLength(text) {
  return [...text.replace(SGR, "")].length;
}
function wrapWords(text, width, first = "", rest = first) {
  const limit = Math.max(width, NARROWEST);
  const lines = [];
  let line = first;
  let empty = true;
  for (const [, gap, word] of text.matchAll(/( *)([^ ]+)/g)) {
    if (!empty && visibleLength(line) + gap.length + visibleLength(word) > limit) {
      lines.push(line);
      line = rest;
      empty = true;
    }
    line += empty ? word : `${gap}${word}`;
    empty = false;
  }
  lines.push(line);
  return lines;
}
var CONTROL = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
var NAMED = { "\n": "\\n", "\r": "\\r", "	": "\\t" };
function escapeControls(text) {
  return text.replace(CONTROL, (c) => {
    const named = NAMED[c];
    if (named) return named;
    const code = c.charCodeAt(0);
    return code <= 255 ? `\\x${code.toString(16).padStart(2, "0")}` : `\\u${code.toString(16).padStart(4, "0")}`;
  });
}

// src/report/text.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { isAbsolute, posix as posix2 } from "node:path";
var SEVERITY_COLOR = { critical: "1;31", high: "31", medium: "33", low: "36" };
var FINDING_INDENT = 20;
var SKIPS_LISTED = 20;
var IGNORED_LISTED = 3;
function seconds(ms) {
  return (ms / 1e3).toLocaleString("en-US", { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
function describeScan(result) {
  const s = result.scan;
  const what = s.mode === "history" || s.mode === "pre-push" ? `${plural(s.commitsScanned, "commit")}, ${plural(s.blobsScanned, "blob")}` : plural(s.filesScanned, "file");
  return `${what}, ${formatBytes(s.bytesScanned)} scanned in ${seconds(s.durationMs)} s`;
}
var nothingRead = (result) => result.scan.filesScanned === 0 && result.scan.blobsScanned === 0 && result.scan.bytesScanned === 0;
var NOTHING_HINT = {
  files: "; check the paths, --include, --exclude and the exclude: list of .pdguard.yaml"
};
var dim = (paint, text) => text.split(" ").map((word) => word ? paint("2", word) : word).join(" ");
function findingLines(f, options, paint, lifetime, width) {
  const where = `${f.line.toLocaleString("en-US")}:${f.column.toLocaleString("en-US")}`.padEnd(8);
  const severity = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(8));
  const details = [escapeControls(f.ruleId), `${f.confidence} confidence`];
  if (f.region) details.push(`region ${f.region}`);
  if (f.decoded) details.push(`decoded from ${escapeControls(f.decoded)}`);
  if (f.commit) details.push(`commit ${escapeControls(f.commit.sha.slice(0, 10))} by ${escapeControls(f.commit.author)} on ${escapeControls(f.commit.date.slice(0, 10))}`);
  if (f.commit && lifetime && !f.verification) details.push(`${escapeControls(lifetime)}; --verify tells whether it still works`);
  if (f.verification) {
    const v = f.verification;
    const status = v.status === "live" ? paint("1;31", "LIVE") : v.status;
    details.push(`${status}: ${escapeControls(v.reason)}`);
  }
  details.push(`fingerprint ${f.fingerprint.slice(0, 12)}`);
  const secret = paint("1", escapeControls(shownSecret(f, options.showSecrets)));
  const text = `${escapeControls(f.ruleName)}  ${secret}  ${dim(paint, `(${details.join("; ")})`)}`;
  return wrapWords(text, width, `  ${where}${severity}  `, " ".repeat(FINDING_INDENT));
}
function shownPath(path, prefix) {
  return prefix && !isAbsolute(path) ? posix2.join(prefix, path) : path;
}
function formatText(result, options) {
  const paint = options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_, text) => text;
  const width = options.width ?? DEFAULT_WIDTH;
  const wrap = (text, indent = "  ") => wrapWords(text, width, "", indent);
  const blocks = [];
  const byPath = /* @__PURE__ */ new Map();
  for (const f of result.findings) {
    const list = byPath.get(f.path) ?? [];
    list.push(f);
    byPath.set(f.path, list);
  }
  const paths = [...byPath.keys()].sort((a, b) => {
    const live = (p) => byPath.get(p).some((f) => f.verification?.status === "live") ? 0 : 1;
    return live(a) - live(b);
  });
  const lifetimes = new Map(result.rules.map((r) => [r.id, r.lifetime]));
  const liveFirst = (a, b) => Number(b.verification?.status === "live") - Number(a.verification?.status === "live");
  for (const path of paths) {
    blocks.push([
      paint("1;4", escapeControls(shownPath(path, options.pathPrefix))),
      ...[...byPath.get(path)].sort(liveFirst).flatMap((f) => findingLines(f, options, paint, lifetimes.get(f.ruleId), width))
    ]);
  }
  const status = [];
  if (!options.quiet) {
    const summary = summarize(result);
    const by = describeSuppressions(result);
    const suppressed = summary.suppressed ? ` (${summary.suppressed.toLocaleString("en-US")} suppressed${by ? `: ${by}` : ""})` : "";
    if (result.findings.length === 0 && nothingRead(result)) {
      status.push(...wrap(`${paint("33", "\u26A0")} Nothing was scanned: ${describeScan(result)}${NOTHING_HINT[result.scan.mode] ?? ""}.`));
    } else if (result.findings.length === 0) {
      status.push(...wrap(`${paint("32", "\u2714")} No PagerDuty credentials found${suppressed}. ${describeScan(result)}.`));
    } else {
      const count = (n) => n.toLocaleString("en-US");
      const verified = result.findings.some((f) => f.verification) ? `; ${count(summary.live)} live, ${count(summary.dead)} dead, ${count(summary.unknown)} unknown` : "";
      status.push(
        ...wrap(`${paint("1;31", "\u2716")} ${plural(result.findings.length, "PagerDuty credential")} found in ${plural(byPath.size, "file")}${suppressed}${verified}. ${describeScan(result)}.`)
      );
    }
  }
  const unreadable = unreadablePaths(result);
  if (unreadable.length) {
    status.push(paint("33", `\u26A0 The scan is incomplete: ${plural(unreadable.length, "path")} could not be read:`));
    for (const s of unreadable.slice(0, SKIPS_LISTED)) status.push(...wrapWords(`${escapeControls(shownPath(s.path, options.pathPrefix))}: ${escapeControls(s.reason)}`, width, "    ", "      "));
    if (unreadable.length > SKIPS_LISTED) status.push(`    \u2026 and ${(unreadable.length - SKIPS_LISTED).toLocaleString("en-US")} more (see --format json)`);
  }
  const ignored = result.scan.ignored ?? 0;
  if (ignored && !options.quiet) {
    const named = (result.scan.ignoredPaths ?? []).slice(0, IGNORED_LISTED).map((p) => escapeControls(shownPath(p, options.pathPrefix)));
    const list = `${named.join(", ")}${ignored > named.length ? ", \u2026" : ""}`;
    status.push(...wrap(`${plural(ignored, "path")} ignored by .gitignore (${list}): --no-gitignore to scan them.`).map((l) => paint("2", l)));
  }
  const skips = otherSkips(result);
  if (skips.length && !options.quiet) {
    const count = result.scan.skipped.length - unreadable.length;
    status.push(...wrap(`Skipped ${plural(count, "path")}: ${skips.map(([r, n]) => `${n.toLocaleString("en-US")} ${escapeControls(r)}`).join(", ")}.`).map((l) => paint("2", l)));
  }
  if (status.length) blocks.push(status);
  if (result.findings.length && !options.quiet) {
    const advice = [paint("1", "What to do, for each credential above:")];
    const rules = /* @__PURE__ */ new Map();
    for (const f of result.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
    for (const f of rules.values()) {
      advice.push(...wrapWords(`${paint("1", `${escapeControls(f.ruleName)}:`)} ${escapeControls(f.remediation)} ${escapeControls(f.helpUri)}`, width, "  ", "    "));
    }
    advice.push(...wrapWords(ROTATE_ADVICE, width, "  ", "    "), ...wrapWords(allowAdvice((name) => paint("1", name)), width, "  ", "    "));
    blocks.push(advice);
  }
  return blocks.length ? `${blocks.map((b) => b.join("\n")).join("\n\n")}
` : "";
}

// src/report/formats.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function newestCommit(result) {
  return Math.max(0, ...result.findings.map((f) => f.commit ? Date.parse(f.commit.date) : 0).filter((t) => !Number.isNaN(t)));
}
var FORMATTERS = {
  text: (result, options) => formatText(result, options),
  json: (result, options) => formatJson(result, options),
  sarif: (result, options) => formatSarif(result, options),
  github: (result, options) => formatGithub(result, options),
  html: (result, options) => formatHtml(reportOfScan(result, { toolVersion: options.toolVersion, showSecrets: options.showSecrets, asOf: options.asOf ?? newestCommit(result) }))
};
var FORMATS = Object.keys(FORMATTERS);
function isFormat(name) {
  return typeof name === "string" && Object.hasOwn(FORMATTERS, name);
}
function formatReport(format, result, options) {
  return FORMATTERS[format](result, options);
}

// src/report/rules.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var CONF = 8;
function formatRulesText(rules, width = DEFAULT_WIDTH) {
  const idWidth = Math.max(...rules.map((r) => r.id.length)) + 2;
  const lines = rules.flatMap((r) => [
    `${escapeControls(r.id).padEnd(idWidth)}${r.confidence.padEnd(CONF)}${r.severity}`,
    ...wrapWords(`${escapeControls(r.name)}: ${escapeControls(r.description)}`, width, "    ", "    ")
  ]);
  return `${"RULE".padEnd(idWidth)}${"CONF.".padEnd(CONF)}SEVERITY
${lines.join("\n")}
`;
}
function formatRulesJson(rules) {
  const list = rules.map((r) => ({
    id: r.id,
    name: r.name,
    description: r.description,
    confidence: r.confidence,
    severity: r.severity,
    keywords: r.keywords,
    remediation: r.remediation,
    helpUri: r.helpUri,
    source: r.source
  }));
  return `${JSON.stringify(list, null, 2)}
`;
}

export {
  scan,
  refKind,
  compareRefs,
  groupFindings,
  mergeCredentials,
  aggregateExposure,
  prioritize,
  reportFinding,
  summarizeAudit,
  combineScans,
  plural,
  formatBytes,
  summarize,
  uncheckedMessage,
  unreadablePaths,
  formatGithub,
  sanitizeRemote,
  remoteName,
  forgeOf,
  formatAuditText,
  formatHtml,
  formatJson,
  formatSarif,
  DEFAULT_WIDTH,
  wrapWords,
  escapeControls,
  formatText,
  FORMATS,
  isFormat,
  formatReport,
  formatRulesText,
  formatRulesJson
};
