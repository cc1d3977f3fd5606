import { createRequire as __pdguardCreateRequire } from 'node:module'; const require = __pdguardCreateRequire(import.meta.url);
import {
  init_define_PDGUARD_BUILTIN_PATTERNS
} from "./chunk-IV62LXCD.js";

// src/util/size.ts
init_define_PDGUARD_BUILTIN_PATTERNS();
var UNITS = { "": 1, k: 2 ** 10, m: 2 ** 20, g: 2 ** 30, t: 2 ** 40 };
function parseSize(text) {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([kmgt]?)(i?b)?\s*$/i.exec(text);
  if (!match || match[3] && !match[2] && match[3].toLowerCase() === "ib") {
    return new Error(`"${text}" is not a size: write a number of bytes, or one with a unit such as 500KB, 10MB or 1GB`);
  }
  const bytes = Math.floor(Number(match[1]) * UNITS[match[2].toLowerCase()]);
  if (!Number.isSafeInteger(bytes)) return new Error(`"${text}" is too large a size`);
  return bytes;
}
function formatSize(bytes) {
  for (const [unit, factor] of [["TB", 2 ** 40], ["GB", 2 ** 30], ["MB", 2 ** 20], ["KB", 2 ** 10]]) {
    if (bytes >= factor) return `${Number((bytes / factor).toFixed(1))} ${unit}`;
  }
  return bytes === 1 ? "1 byte" : `${bytes} bytes`;
}

export {
  parseSize,
  formatSize
};
