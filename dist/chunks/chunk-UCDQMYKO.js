import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  InputError
} from "./chunk-I36JKIRJ.js";
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-DAIUZSFK.js";

// src/util/safe-write.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
import { chmodSync, lstatSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { basename, dirname, join } from "node:path";
function refuseLink(path) {
  let isLink = false;
  try {
    isLink = lstatSync(path).isSymbolicLink();
  } catch {
    return;
  }
  if (isLink) throw new InputError(`${path} is a symbolic link; pdguard never writes through one (replace it with a regular file, or remove it)`);
}
function isRegularFile(path) {
  try {
    return lstatSync(path).isFile();
  } catch {
    return false;
  }
}
function writeFileSafely(path, text, mode = 420) {
  refuseLink(path);
  const temporary = join(dirname(path), `.${basename(path)}.pdguard-${process.pid}-${Date.now()}`);
  try {
    writeFileSync(temporary, text, { flag: "wx", mode });
    chmodSync(temporary, mode);
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    throw error;
  }
}

export {
  refuseLink,
  isRegularFile,
  writeFileSafely
};
