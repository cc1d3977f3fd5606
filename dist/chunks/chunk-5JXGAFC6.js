import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  __commonJS,
  __require,
  __toESM,
  formatSize,
  init_define_PDGUARD_BUILTIN_KERNEL,
  init_define_PDGUARD_BUILTIN_PATTERNS,
  require_node_fs
} from "./chunk-AHMNODDD.js";

// builtin-required:node:module
var require_node_module = __commonJS({
  "builtin-required:node:module"(exports, module) {
    init_define_PDGUARD_BUILTIN_KERNEL();
    init_define_PDGUARD_BUILTIN_PATTERNS();
    module.exports = __require("node:module");
  }
});

// src/util/read-bounded.ts
init_define_PDGUARD_BUILTIN_KERNEL();
init_define_PDGUARD_BUILTIN_PATTERNS();
var import_node_fs = __toESM(require_node_fs(), 1);
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
  switch (mode & import_node_fs.constants.S_IFMT) {
    case import_node_fs.constants.S_IFDIR:
      return "a directory";
    case import_node_fs.constants.S_IFIFO:
      return "a FIFO";
    case import_node_fs.constants.S_IFCHR:
      return "a character device";
    case import_node_fs.constants.S_IFBLK:
      return "a block device";
    case import_node_fs.constants.S_IFSOCK:
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
    fd = (0, import_node_fs.openSync)(path, import_node_fs.constants.O_RDONLY | import_node_fs.constants.O_NONBLOCK | (followLinks ? 0 : import_node_fs.constants.O_NOFOLLOW ?? 0));
  } catch (error) {
    throw refusalOf(error, followLinks);
  }
  try {
    const stat = (0, import_node_fs.fstatSync)(fd);
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
      const read = (0, import_node_fs.readSync)(fd, chunk, length, chunk.length - length, null);
      if (read === 0) break;
      length += read;
    }
    if (length > limit) throw tooLarge();
    return chunk.subarray(0, length);
  } catch (error) {
    if (error instanceof RefusedRead) throw error;
    throw refusalOf(error, followLinks);
  } finally {
    (0, import_node_fs.closeSync)(fd);
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
  CONFIG_LIMIT,
  IGNORE_LIMIT,
  BASELINE_LIMIT,
  CACHE_LIMIT,
  POINTER_LIMIT,
  RefusedRead,
  readBoundedFile,
  readBoundedBytesIfPresent,
  readBoundedIfPresent,
  require_node_module
};
