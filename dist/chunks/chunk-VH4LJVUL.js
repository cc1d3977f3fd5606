import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-AHMNODDD.js";

// builtin-required:node:path
var require_node_path = __commonJS({
  "builtin-required:node:path"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:path");
  }
});

// src/errors.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var PdguardError = class extends Error {
  constructor(message) {
    super(message);
    this.name = new.target.name;
  }
};
var UsageError = class extends PdguardError {
};
var ConfigError = class extends PdguardError {
};
var PatternError = class extends PdguardError {
};
var InputError = class extends PdguardError {
};
function errorMessage(error) {
  if (error instanceof Error) return error.message;
  return String(error);
}
function jsonSyntaxProblem(error) {
  const at = /\bposition (\d+)/.exec(errorMessage(error))?.[1];
  return /end of JSON input/.test(errorMessage(error)) ? "not valid JSON: it ends early" : `not valid JSON${at !== void 0 ? ` at character ${Number(at) + 1}` : ""}`;
}

export {
  require_node_path,
  PdguardError,
  UsageError,
  ConfigError,
  PatternError,
  InputError,
  errorMessage,
  jsonSyntaxProblem
};
