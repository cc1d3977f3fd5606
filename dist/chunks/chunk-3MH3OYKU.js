import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-BI647GDZ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/util/safe-write.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { closeSync, constants, fchmodSync, lstatSync, mkdirSync, openSync, renameSync, rmSync, writeFileSync, writeSync } from "node:fs";
import { randomBytes } from "node:crypto";
import { basename, dirname, isAbsolute, join, relative, resolve } from "node:path";
function isLink(path) {
  try {
    return lstatSync(path).isSymbolicLink();
  } catch {
    return false;
  }
}
function refuseLink(path) {
  if (isLink(path)) throw new InputError(`${path} is a symbolic link; pdguard never writes through one (replace it with a regular file, or remove it)`);
}
function isRegularFile(path) {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
function entryExists(path) {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
var isInside = (dir, path) => {
  const rel = relative(dir, path);
  return rel !== "" && !rel.startsWith("..") && !isAbsolute(rel);
};
function refuseLinkedPath(path, within) {
  refuseLink(path);
  linkOnTheWay(path, within);
}
function linkOnTheWay(path, within) {
  const absolute = resolve(path);
  const guard = within === void 0 ? null : resolve(within);
  const folders = [];
  for (let dir = dirname(absolute); ; dir = dirname(dir)) {
    folders.unshift(dir);
    if (dirname(dir) === dir) break;
  }
  let guarded = false;
  for (const dir of folders) {
    let stat;
    try {
      stat = lstatSync(dir);
    } catch {
      break;
    }
    if (stat.isSymbolicLink()) {
      if (guarded || guard !== null && isInside(guard, dir)) {
        const shown = relative(process.cwd(), dir);
        throw new InputError(
          `cannot write ${path}: ${shown && !shown.startsWith("..") ? shown : dir} is a symbolic link inside the repository, and pdguard never writes through one (write somewhere else, or replace the link with a folder)`
        );
      }
      continue;
    }
    if (!guarded && entryExists(join(dir, ".git"))) guarded = true;
  }
  return guarded || guard !== null && (absolute === guard || isInside(guard, absolute));
}
function writeFileSafely(path, content, options = {}) {
  const { mode = 420, makeParents = false, within, userNamed = false } = typeof options === "number" ? { mode: options } : options;
  const inRepository = linkOnTheWay(path, within);
  const dir = dirname(resolve(path));
  if (userNamed && !inRepository) {
    if (makeParents) mkdirSync(dir, { recursive: true });
    writeFileSync(path, typeof content === "string" || Buffer.isBuffer(content) ? content : Buffer.concat([...content].map((p) => typeof p === "string" ? Buffer.from(p, "utf8") : p)));
    return;
  }
  refuseLink(path);
  if (makeParents) mkdirSync(dir, { recursive: true });
  const temporary = join(dir, `.${basename(path)}.pdguard-${process.pid}-${randomBytes(4).toString("hex")}`);
  let fd;
  try {
    fd = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, mode);
    const pieces = typeof content === "string" || Buffer.isBuffer(content) ? [content] : content;
    for (const piece of pieces) {
      const bytes = typeof piece === "string" ? Buffer.from(piece, "utf8") : piece;
      for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at, bytes.length - at);
    }
    fchmodSync(fd, mode);
    closeSync(fd);
    fd = void 0;
    renameSync(temporary, path);
  } catch (error) {
    if (fd !== void 0) closeSync(fd);
    rmSync(temporary, { force: true });
    throw error;
  }
}

export {
  refuseLink,
  isRegularFile,
  entryExists,
  refuseLinkedPath,
  writeFileSafely
};
