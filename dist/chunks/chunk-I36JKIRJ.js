import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/errors.ts
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

export {
  PdguardError,
  UsageError,
  ConfigError,
  PatternError,
  InputError,
  errorMessage
};
