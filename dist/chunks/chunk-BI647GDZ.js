import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  formatSize
} from "./chunk-OXNAY6N4.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

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
function jsonSyntaxProblem(error) {
  const at = /\bposition (\d+)/.exec(errorMessage(error))?.[1];
  return /end of JSON input/.test(errorMessage(error)) ? "not valid JSON: it ends early" : `not valid JSON${at !== void 0 ? ` at character ${Number(at) + 1}` : ""}`;
}

// src/util/read-bounded.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { closeSync, constants, fstatSync, openSync, readSync } from "node:fs";
var CONFIG_LIMIT = 1024 * 1024;
var IGNORE_LIMIT = 4 * 1024 * 1024;
var BASELINE_LIMIT = 64 * 1024 * 1024;
var CACHE_LIMIT = 512 * 1024 * 1024;
var POINTER_LIMIT = 64 * 1024;
var RefusedRead = class extends Error {
  constructor(kind, message, code) {
    super(message);
    this.kind = kind;
    this.code = code;
    this.name = "RefusedRead";
  }
  kind;
  code;
};
function kindOfMode(mode) {
  switch (mode & constants.S_IFMT) {
    case constants.S_IFDIR:
      return "a directory";
    case constants.S_IFIFO:
      return "a FIFO";
    case constants.S_IFCHR:
      return "a character device";
    case constants.S_IFBLK:
      return "a block device";
    case constants.S_IFSOCK:
      return "a socket";
    default:
      return "not a regular file";
  }
}
function refusalOf(error, followLinks) {
  const code = error?.code;
  if (code === "ENOENT" || code === "ENOTDIR") return new RefusedRead("missing", "does not exist", code);
  if (!followLinks && (code === "ELOOP" || code === "EMLINK")) return new RefusedRead("link", "is a symbolic link (not followed)", code);
  if (code === "ELOOP") return new RefusedRead("link", "is a loop of symbolic links", code);
  if (code === "EACCES" || code === "EPERM") return new RefusedRead("unreadable", "cannot be read (permission denied)", code);
  return new RefusedRead("unreadable", `cannot be read (${code ?? "error"})`, code ?? "error");
}
function readBoundedBytes(path, limit, options = {}) {
  const followLinks = options.followLinks ?? false;
  let fd;
  try {
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw refusalOf(error, followLinks);
  }
  try {
    const stat = fstatSync(fd);
    if (!stat.isFile()) throw new RefusedRead("not-a-file", `is ${kindOfMode(stat.mode)}, not a regular file`);
    const tooLarge = () => new RefusedRead("too-large", `is larger than ${formatSize(limit)}`);
    if (stat.size > limit) throw tooLarge();
    const buffer = Buffer.allocUnsafe(Math.min(limit + 1, Math.max(stat.size + 1, 4096)));
    let length = 0;
    let chunk = buffer;
    for (; ; ) {
      if (length === chunk.length) {
        if (chunk.length > limit) throw tooLarge();
        const grown = Buffer.allocUnsafe(Math.min(limit + 1, chunk.length * 2));
        chunk.copy(grown, 0, 0, length);
        chunk = grown;
      }
      const read = readSync(fd, chunk, length, chunk.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) throw tooLarge();
    return chunk.subarray(0, length);
  } catch (error) {
    if (error instanceof RefusedRead) throw error;
    throw refusalOf(error, followLinks);
  } finally {
    closeSync(fd);
  }
}
function readBoundedFile(path, limit, options = {}) {
  return readBoundedBytes(path, limit, options).toString("utf8");
}
function readBoundedBytesIfPresent(path, limit, options = {}) {
  try {
    return readBoundedBytes(path, limit, options);
  } catch (error) {
    if (error instanceof RefusedRead && error.kind === "missing") return null;
    throw error;
  }
}
function readBoundedIfPresent(path, limit, options = {}) {
  return readBoundedBytesIfPresent(path, limit, options)?.toString("utf8") ?? null;
}

export {
  PdguardError,
  UsageError,
  ConfigError,
  PatternError,
  InputError,
  errorMessage,
  jsonSyntaxProblem,
  CONFIG_LIMIT,
  IGNORE_LIMIT,
  BASELINE_LIMIT,
  CACHE_LIMIT,
  POINTER_LIMIT,
  RefusedRead,
  readBoundedFile,
  readBoundedBytesIfPresent,
  readBoundedIfPresent
};
