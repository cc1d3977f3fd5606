import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  scanFiles
} from "./chunk-4G6V52UV.js";
import {
  globMatcher,
  isUnreadable,
  runScan,
  settle
} from "./chunk-LK33PIOW.js";
import {
  describeReadError,
  scanChunks
} from "./chunk-HIZSBGZ2.js";
import {
  INFORMATION_URI,
  TOOL_NAME
} from "./chunk-LDDEAZUZ.js";
import {
  ConfigError,
  InputError,
  errorMessage
} from "./chunk-LYLTTLW4.js";
import {
  __commonJS,
  __toESM,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-4XBH3REO.js";

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
import { stat } from "node:fs/promises";
import { basename, normalize, posix, relative as relative2, resolve, sep as sep2 } from "node:path";

// src/sources/walk.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_ignore = __toESM(require_ignore(), 1);
import { existsSync, opendirSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
var toPosix = (path) => sep === "/" ? path : path.split(sep).join("/");
function readIgnoreFile(dir) {
  const file = join(dir, ".gitignore");
  let text;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    return null;
  }
  return { dir, rules: (0, import_ignore.default)().add(text) };
}
function ancestorIgnores(root) {
  const scopes = [];
  let dir = root;
  while (!existsSync(join(dir, ".git"))) {
    const parent = dirname(dir);
    if (parent === dir) return [];
    dir = parent;
    const scope = readIgnoreFile(dir);
    if (scope) scopes.unshift(scope);
  }
  return scopes;
}
function ignoredBy(scopes, absolute, isDir) {
  for (const scope of scopes) {
    const rel = toPosix(relative(scope.dir, absolute));
    if (rel === "" || rel.startsWith("..")) continue;
    if (scope.rules.ignores(isDir ? `${rel}/` : rel)) return true;
  }
  return false;
}
function walkTree(root, options, events) {
  const excluded = globMatcher(options.exclude);
  const included = options.include.length ? globMatcher(options.include) : () => true;
  const realRoot = realpathSync(root);
  const stack = [
    { dir: root, scopes: options.gitignore ? ancestorIgnores(root) : [] }
  ];
  while (stack.length) {
    const { dir, scopes: parentScopes } = stack.pop();
    let scopes = parentScopes;
    if (options.gitignore) {
      const own = readIgnoreFile(dir);
      if (own) scopes = [...parentScopes, own];
    }
    let handle;
    try {
      handle = opendirSync(dir, { bufferSize: 128 });
    } catch (error) {
      events.skip(dir, "unreadable", describeReadError(error));
      continue;
    }
    const subdirs = [];
    try {
      for (let entry = handle.readSync(); entry !== null; entry = handle.readSync()) {
        const absolute = join(dir, entry.name);
        const rel = toPosix(relative(root, absolute));
        if (entry.name === ".git") continue;
        if (entry.isDirectory()) {
          if (excluded(rel) || excluded(`${rel}/`) || options.gitignore && ignoredBy(scopes, absolute, true)) continue;
          subdirs.push(absolute);
        } else if (entry.isFile()) {
          if (excluded(rel) || !included(rel) || options.gitignore && ignoredBy(scopes, absolute, false)) continue;
          events.file(absolute);
        } else if (entry.isSymbolicLink()) {
          if (excluded(rel) || options.gitignore && ignoredBy(scopes, absolute, false)) continue;
          let target;
          try {
            target = realpathSync(absolute);
          } catch {
            events.skip(absolute, "link", "broken symbolic link");
            continue;
          }
          const inside = target === realRoot || target.startsWith(realRoot + sep);
          if (!inside) events.skip(absolute, "link", "symbolic link to outside the scanned root");
        } else if (!excluded(rel) && included(rel)) {
          events.skip(absolute, "not-a-file", "not a regular file");
        }
      }
    } catch (error) {
      events.skip(dir, "unreadable", describeReadError(error));
    } finally {
      handle.closeSync();
    }
    subdirs.sort().reverse();
    for (const sub of subdirs) stack.push({ dir: sub, scopes });
  }
}

// src/sources/files.ts
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
async function filesSource(options = {}) {
  const cwd = options.cwd ?? process.cwd();
  const targets = await checkTargets(options.paths?.length ? options.paths : ["."], cwd);
  const onlyDir = targets.length === 1 && targets[0].isDir ? targets[0] : null;
  const root = onlyDir ? onlyDir.absolute : cwd;
  const display = (target, absolute) => {
    if (onlyDir) return toPosix2(relative2(root, absolute)) || basename(absolute);
    const typed = toPosix2(normalize(target.arg)).replace(/\/$/, "");
    return absolute === target.absolute ? typed : posix.join(typed, toPosix2(relative2(target.absolute, absolute)));
  };
  return {
    mode: targets.every((t) => t.arg === "-") ? "stdin" : "files",
    root: onlyDir ? onlyDir.arg : targets.length === 1 ? targets[0].arg : ".",
    configRoot: root,
    async scan(rules, filters, events) {
      const totals = { bytes: 0, files: 0, commits: 0, blobs: 0 };
      const record = (where, outcome) => {
        if (outcome.kind === "skipped") return events.skipped({ path: where.path, kind: outcome.skip, reason: outcome.reason });
        totals.files++;
        totals.bytes += outcome.bytes;
        if (outcome.matches.length) events.matches(outcome.matches, where);
      };
      const files = [];
      for (const target of targets) {
        if (target.arg === "-") {
          record({ path: options.stdinName ?? "stdin" }, await scanChunks(rules, asBuffers(options.stdin ?? process.stdin)));
        } else if (target.isDir) {
          walkTree(
            target.absolute,
            { gitignore: options.gitignore ?? true, include: filters.include, exclude: filters.exclude },
            {
              file: (absolute) => files.push({ absolute, path: display(target, absolute) }),
              skip: (absolute, kind, reason) => events.skipped({ path: display(target, absolute), kind, reason })
            }
          );
        } else {
          files.push({ absolute: target.absolute, path: display(target, target.absolute) });
        }
      }
      await scanFiles(
        rules,
        files.map((f) => f.absolute),
        (i, outcome) => record({ path: files[i].path }, outcome)
      );
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
  if (bytes < 1024) return `${bytes} B`;
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
    unknown: count("unknown")
  };
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
  return `A finding that is not a secret: add ${mark("pdguard:allow")} to its line, or allow its ${mark("secretHash")} in ${mark(".pdguard.yaml")}.`;
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

// src/report/json.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
function jsonFinding(f, showSecrets) {
  const out = {
    ruleId: f.ruleId,
    ruleName: f.ruleName,
    confidence: f.confidence,
    severity: f.severity,
    path: f.path,
    line: f.line,
    column: f.column,
    endLine: f.endLine,
    endColumn: f.endColumn,
    secret: shownSecret(f, showSecrets),
    secretHash: f.secretHash,
    fingerprint: f.fingerprint,
    region: f.region
  };
  if (f.commit) out.commit = f.commit;
  if (f.verification) out.verification = f.verification;
  out.remediation = f.remediation;
  out.helpUri = f.helpUri;
  return out;
}
function formatJson(result, options) {
  const report = {
    version: 1,
    tool: { name: TOOL_NAME, version: options.toolVersion },
    scan: result.scan,
    findings: result.findings.map((f) => jsonFinding(f, options.showSecrets)),
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
            suppressed: result.suppressed.length
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

// src/report/text.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var SEVERITY_COLOR = { critical: "1;31", high: "31", medium: "33", low: "36" };
function describeScan(result) {
  const s = result.scan;
  const what = s.mode === "history" || s.mode === "pre-push" ? `${plural(s.commitsScanned, "commit")}, ${plural(s.blobsScanned, "blob")}` : plural(s.filesScanned, "file");
  return `${what}, ${formatBytes(s.bytesScanned)} scanned in ${(s.durationMs / 1e3).toFixed(2)} s`;
}
function findingLine(f, options, paint, lifetime) {
  const where = `${f.line}:${f.column}`.padEnd(8);
  const severity = paint(SEVERITY_COLOR[f.severity], f.severity.toUpperCase().padEnd(8));
  const details = [`${f.confidence} confidence`];
  if (f.region) details.push(`region ${f.region}`);
  if (f.commit) details.push(`commit ${f.commit.sha.slice(0, 10)} by ${f.commit.author} on ${f.commit.date.slice(0, 10)}`);
  if (f.commit && lifetime && !f.verification) details.push(`committed ${f.commit.date.slice(0, 10)}; ${lifetime}; --verify tells whether it still works`);
  if (f.verification) {
    const v = f.verification;
    const status = v.status === "live" ? paint("1;31", "LIVE") : v.status;
    details.push(`${status}: ${v.reason}`);
  }
  const secret = paint("1", shownSecret(f, options.showSecrets));
  return `  ${where}${severity}  ${f.ruleName}  ${secret}  ${paint("2", `(${f.ruleId}; ${details.join("; ")})`)}`;
}
function formatText(result, options) {
  const paint = options.color ? (code, text) => `\x1B[${code}m${text}\x1B[0m` : (_, text) => text;
  const out = [];
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
    out.push(paint("1;4", path));
    for (const f of [...byPath.get(path)].sort(liveFirst)) out.push(findingLine(f, options, paint, lifetimes.get(f.ruleId)));
    out.push("");
  }
  const summary = summarize(result);
  const suppressed = summary.suppressed ? ` (${summary.suppressed} suppressed)` : "";
  if (result.findings.length === 0) {
    if (!options.quiet) out.push(`${paint("32", "\u2714")} No PagerDuty credentials found${suppressed}. ${describeScan(result)}.`);
  } else {
    const verified = result.findings.some((f) => f.verification) ? `; ${summary.live} live, ${summary.dead} dead, ${summary.unknown} unknown` : "";
    out.push(
      `${paint("1;31", "\u2716")} ${plural(result.findings.length, "PagerDuty credential")} found in ${plural(byPath.size, "file")}${suppressed}${verified}. ${describeScan(result)}.`
    );
  }
  const unreadable = unreadablePaths(result);
  if (unreadable.length) {
    out.push(paint("33", `\u26A0 The scan is incomplete: ${plural(unreadable.length, "path")} could not be read:`));
    for (const s of unreadable.slice(0, 20)) out.push(`    ${s.path}: ${s.reason}`);
    if (unreadable.length > 20) out.push(`    \u2026 and ${unreadable.length - 20} more (see --format json)`);
  }
  const skips = otherSkips(result);
  if (skips.length && !options.quiet) {
    const count = result.scan.skipped.length - unreadable.length;
    out.push(paint("2", `Skipped ${plural(count, "path")}: ${skips.map(([r, n]) => `${n.toLocaleString("en-US")} ${r}`).join(", ")}.`));
  }
  if (result.findings.length && !options.quiet) {
    out.push("", paint("1", "What to do, for each credential above:"));
    const rules = /* @__PURE__ */ new Map();
    for (const f of result.findings) if (!rules.has(f.ruleId)) rules.set(f.ruleId, f);
    for (const f of rules.values()) out.push(`  ${paint("1", f.ruleName)}: ${f.remediation}`, `    ${paint("2", f.helpUri)}`);
    out.push(
      `  ${ROTATE_ADVICE}`,
      `  ${allowAdvice((name) => paint("1", name))}`
    );
  }
  return `${out.join("\n")}
`;
}

// src/report/formats.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var FORMATTERS = {
  text: (result, options) => formatText(result, options),
  json: (result, options) => formatJson(result, options),
  sarif: (result, options) => formatSarif(result, options),
  github: (result, options) => formatGithub(result, options)
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
function formatRulesText(rules) {
  const width = Math.max(...rules.map((r) => r.id.length)) + 2;
  const lines = rules.map((r) => `${r.id.padEnd(width)}${r.confidence.padEnd(8)}${r.severity.padEnd(10)}${r.name}
${" ".repeat(width)}${r.description}`);
  return `${"RULE".padEnd(width)}${"CONF.".padEnd(8)}${"SEVERITY".padEnd(10)}NAME
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

// src/suppress/baseline.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { readFileSync as readFileSync2, writeFileSync } from "node:fs";
function formatBaseline(findings) {
  const entries = findings.map((f) => {
    const entry = { fingerprint: f.fingerprint, secretHash: f.secretHash, ruleId: f.ruleId, path: f.path, line: f.line };
    if (f.commit) entry.commit = f.commit.sha;
    return entry;
  }).sort((a, b) => a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.fingerprint < b.fingerprint ? -1 : 1));
  const unique = entries.filter((e, i) => i === 0 || e.fingerprint !== entries[i - 1].fingerprint);
  return `${JSON.stringify({ version: 1, findings: unique }, null, 2)}
`;
}
function writeBaseline(file, findings) {
  try {
    writeFileSync(file, formatBaseline(findings));
  } catch (error) {
    throw new ConfigError(`${file}: cannot write baseline (${error.code ?? errorMessage(error)})`);
  }
}
function readBaseline(file) {
  let doc;
  try {
    doc = JSON.parse(readFileSync2(file, "utf8"));
  } catch (error) {
    const code = error.code;
    throw new ConfigError(`${file}: cannot read baseline (${code ?? `not valid JSON: ${errorMessage(error)}`}); create one with --write-baseline`);
  }
  const findings = doc?.findings;
  if (!Array.isArray(findings) || !findings.every((f) => typeof f?.fingerprint === "string")) {
    throw new ConfigError(`${file}: not a pdguard baseline (expected {"version": 1, "findings": [{"fingerprint": ...}]})`);
  }
  return new Set(findings.map((f) => f.fingerprint));
}

export {
  scan,
  plural,
  formatBytes,
  summarize,
  unreadablePaths,
  formatGithub,
  formatJson,
  formatSarif,
  formatText,
  FORMATS,
  isFormat,
  formatReport,
  formatRulesText,
  formatRulesJson,
  formatBaseline,
  writeBaseline,
  readBaseline
};
