// Generators of the synthetic source tree and of the one big file, each with tokens planted at recorded lines.
import { closeSync, mkdirSync, openSync, writeFileSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { log, MiB } from './common.mjs';
import { FILE_TYPES, PLANT_KINDS, plantBlock } from './plant.mjs';
import { FakeTokens, Rng } from './rng.mjs';
import { DECOYS, fillerLines, makePools, minifiedLines, POOL_SIZE, textKit } from './text.mjs';

/**
 * A source tree of about `sizeMb` MB: thousands of files of many types and sizes in nested
 * directories (some hidden), a few binary files, and 50-200 planted tokens.
 */
export function generateTree(dir, { sizeMb, seed }) {
  log(`  generating a ${sizeMb} MB source tree (once; cached in .bench/tree)...`);
  const rng = new Rng(seed);
  const k = { ...textKit(rng), pick: (items) => rng.pick(items) };
  const pools = makePools(rng);
  const tokens = new FakeTokens(new Rng(seed ^ 0x5eed));
  const target = sizeMb * MiB;

  // Plan the files first: directories, names, types and sizes.
  const tops = ['services', 'packages', 'infra', 'tools', 'docs', 'deploy', 'libs', 'apps', 'config', '.github'];
  const dirs = [];
  const files = [];
  const taken = new Set();
  let planned = 0;
  while (planned < target) {
    if (dirs.length === 0 || rng.chance(0.07)) {
      const top = rng.pick(tops);
      const sub = top === '.github' ? ['workflows'] : Array.from({ length: rng.int(1, 3) }, () => `${k.kebab()}${rng.chance(0.3) ? `-${rng.int(1, 40)}` : ''}`);
      dirs.push([top, ...sub].join('/'));
    }
    const dirPath = rng.chance(0.5) ? dirs.at(-1) : rng.pick(dirs);
    let file;
    if (rng.chance(0.003)) {
      file = { dir: dirPath, name: `${k.kebab()}.${rng.pick(['png', 'woff2', 'gz', 'sqlite'])}`, binary: true, size: rng.logUniform(20_000, 2_000_000) };
    } else {
      const type = rng.weighted(FILE_TYPES);
      const name = type.ext === 'env' ? rng.pick(['.env', '.env.local', '.env.production', '.env.staging']) : `${k.kebab()}.${type.ext}`;
      const size =
        type.ext === 'env' ? rng.int(150, 3000)
        : type.ext === 'min.js' ? rng.logUniform(20_000, 2_000_000)
        : type.ext === 'log' ? rng.logUniform(20_000, 3_000_000)
        : rng.chance(0.008) ? rng.logUniform(1_000_000, 8_000_000)
        : rng.logUniform(300, 300_000);
      file = { dir: dirPath, name, type, size, crlf: type.ext !== 'min.js' && rng.chance(0.03), trailingNewline: rng.chance(0.92), plants: [], decoys: 0 };
      if (rng.chance(0.04)) file.decoys = rng.int(1, 4);
    }
    file.size = Math.min(file.size, Math.max(150, target - planned)); // the last file does not overshoot
    let path = `${file.dir}/${file.name}`;
    for (let n = 2; taken.has(path); n++) path = `${file.dir}/${n}-${file.name}`;
    taken.add(path);
    file.path = path;
    files.push(file);
    planned += file.size;
  }

  // Choose where the tokens go: each kind in file types that would hold it.
  const textFiles = files.filter((f) => !f.binary);
  const count = Math.max(50, Math.min(200, Math.round(sizeMb / 4)));
  for (let i = 0; i < count; i++) {
    const { kind, exts } = rng.weighted(PLANT_KINDS);
    let candidates = textFiles.filter((f) => exts.includes(f.type.ext));
    if (candidates.length === 0) candidates = textFiles.filter((f) => f.type.ext === 'env' || f.type.ext === 'yaml');
    if (candidates.length === 0) candidates = textFiles;
    const file = rng.pick(candidates);
    file.plants.push({ kind: exts.includes(file.type.ext) ? kind : 'oauth' });
  }
  // Edge cases worth one token each: the last line of a file with no newline after it, a file
  // with CRLF line ends, and a token in the middle of a long minified line.
  const lastLine = textFiles.find((f) => f.plants.length && !f.type.minified && f.plants.at(-1).kind !== 'events');
  if (lastLine) {
    lastLine.trailingNewline = false;
    lastLine.plants.at(-1).atEnd = true;
  }
  const crlf = textFiles.find((f) => f.crlf && !f.plants.length && f.type.ext === 'yaml');
  if (crlf) crlf.plants.push({ kind: 'events' });
  const minified = textFiles.find((f) => f.type.minified && !f.plants.length);
  if (minified) minified.plants.push({ kind: 'oauth' });

  // Write the files.
  const planted = [];
  let written = 0;
  let nextReport = 0.1;
  for (const file of files) {
    const absolute = join(dir, file.path);
    mkdirSync(dirname(absolute), { recursive: true });
    if (file.binary) {
      // A PNG-like header: NUL bytes at the start make both tools treat the file as binary.
      const bytes = Buffer.alloc(file.size);
      Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex').copy(bytes);
      for (let i = 16; i < bytes.length; i++) bytes[i] = (rng.next() * 256) | 0;
      writeFileSync(absolute, bytes);
      written += bytes.length;
    } else {
      const text = renderFile(file, rng, pools, tokens, k, planted);
      writeFileSync(absolute, text);
      written += Buffer.byteLength(text);
    }
    while (written >= nextReport * target && nextReport < 1) {
      if (process.stdout.isTTY) process.stdout.write(`  ... ${Math.round(nextReport * 100)}%\r`);
      nextReport += 0.1;
    }
  }
  if (process.stdout.isTTY) process.stdout.write('\x1b[2K');
  return { files: files.length, binaryFiles: files.filter((f) => f.binary).length, bytes: written, planted };
}

/** One text file's content, with its planted tokens recorded (path, line, secret) in `planted`. */
function renderFile(file, rng, pools, tokens, k, planted) {
  const { type } = file;
  if (type.minified) {
    const lines = minifiedLines(rng, pools, file.size);
    for (const _ of file.plants) {
      // Inside a long line, right after a statement: `;var t="pdus+_...";`
      const index = rng.int(0, lines.length - 1);
      const line = lines[index];
      const cut = Math.max(0, line.indexOf(';', rng.int(0, line.length - 1)) + 1);
      const token = tokens.oauth();
      lines[index] = `${line.slice(0, cut)}var t="${token}";${line.slice(cut)}`;
      planted.push({ path: file.path, line: index + 1, secret: token, kind: 'oauth-minified' });
    }
    return lines.join('\n') + (file.trailingNewline ? '\n' : '');
  }
  const lines = fillerLines(rng, pools, type, file.size);
  // Blocks to insert: decoys and planted tokens, each before a random line (or at the very end).
  const blocks = [];
  for (let i = 0; i < file.decoys; i++) blocks.push({ lines: [rng.pick(DECOYS)], pos: rng.int(0, lines.length) });
  for (const plant of file.plants) {
    const block = plantBlock(plant.kind, type.ext, tokens, k);
    blocks.push({ ...block, kind: plant.kind, pos: plant.atEnd ? Infinity : rng.int(0, lines.length) });
  }
  blocks.sort((a, b) => a.pos - b.pos);
  const out = [];
  let next = 0;
  for (const block of blocks) {
    const pos = Math.min(block.pos, lines.length);
    while (next < pos) out.push(lines[next++]);
    if (block.secret !== undefined) {
      planted.push({ path: file.path, line: out.length + block.at + 1, secret: block.secret, kind: block.kind + (file.crlf ? ' (CRLF)' : '') + (block.pos === Infinity ? ' (last line, no newline)' : '') });
    }
    for (const line of block.lines) out.push(line);
  }
  while (next < lines.length) out.push(lines[next++]);
  const eol = file.crlf ? '\r\n' : '\n';
  return out.join(eol) + (file.trailingNewline ? eol : '');
}

/**
 * One big text file (logs, code and config mixed) with tokens planted: early, on a line that
 * straddles a 1 MiB read boundary, inside a 3 MB minified line across a read boundary, and at
 * the very end (the last line has no newline).
 */
export function generateBigFile(path, { bigMb, seed }) {
  log(`  generating a ${bigMb} MB file (once; cached in .bench/big.txt)...`);
  const rng = new Rng(seed + 1);
  const k = { ...textKit(rng), pick: (items) => rng.pick(items) };
  const pools = makePools(rng);
  const tokens = new FakeTokens(new Rng((seed + 1) ^ 0x5eed));
  const size = bigMb * MiB;
  const mix = ['log', 'log', 'log', 'log', 'log', 'ts', 'ts', 'py', 'yaml', 'json', 'md', 'sh'];
  const planted = [];

  const fd = openSync(path, 'w');
  let parts = [];
  let pending = 0;
  let offset = 0; // bytes written so far
  let line = 1; // number of the line being written
  const write = (text, newline = true) => {
    const s = newline ? `${text}\n` : text;
    parts.push(s);
    pending += s.length;
    offset += Buffer.byteLength(s);
    if (newline) line++;
    if (pending > 4 * MiB) flush();
  };
  const flush = () => {
    writeSync(fd, parts.join(''));
    parts = [];
    pending = 0;
  };
  const filler = () => {
    const text = pools[rng.pick(mix)][Math.floor(rng.next() * POOL_SIZE)];
    return rng.chance(0.0001) ? rng.pick(DECOYS) : text;
  };
  const record = (secret, kind) => planted.push({ path: 'big.txt', line, secret, kind });
  const fillUntil = (limit) => {
    for (;;) {
      const text = filler();
      if (offset + Buffer.byteLength(text) + 1 > limit) return;
      write(text);
    }
  };

  // 1. Early: a .env-style line.
  fillUntil(Math.round(size * 0.001));
  const early = tokens.rest();
  record(early, 'rest (early)');
  write(`PAGERDUTY_TOKEN=${early}`);

  // 2. A normal line whose token straddles a 1 MiB boundary (where pdguard's reads end).
  const boundary1 = Math.round((size * 0.37) / MiB) * MiB;
  fillUntil(boundary1 - 400);
  const prefix = `${k.timestamp()} DEBUG [oauth] Authorization: Bearer `;
  const straddling = tokens.oauth();
  const pad = 'retrying upstream call after timeout; '.repeat(200).slice(0, boundary1 - 20 - offset - prefix.length - 1);
  if (offset + pad.length + 1 + prefix.length !== boundary1 - 20) throw new Error('bench: big file: token misplaced');
  record(straddling, 'oauth (line across a 1 MiB read boundary)');
  write(`${pad} ${prefix}${straddling}`);

  // 3. A 3 MB minified line with a token across another 1 MiB boundary.
  const boundary2 = Math.round((size * 0.62) / MiB) * MiB;
  fillUntil(boundary2 - 1.5 * MiB);
  const minified = () => pools.min[Math.floor(rng.next() * POOL_SIZE)];
  const before = 'var t="';
  for (;;) {
    const part = minified();
    if (offset + part.length > boundary2 - 25 - before.length - 64) break;
    write(part, false);
  }
  write(';'.repeat(boundary2 - 25 - before.length - offset), false);
  const inLongLine = tokens.oauth();
  record(inLongLine, 'oauth (3 MB minified line, across a 1 MiB read boundary)');
  write(`${before}${inLongLine}";`, false);
  const longLineEnd = offset + 1.5 * MiB;
  while (offset < longLineEnd) write(minified(), false);
  write('');

  // 4. The end: a YAML receiver block, then a last line with no newline after it.
  fillUntil(size - 2048);
  const events = plantBlock('events', 'yaml', tokens, k);
  events.lines.forEach((text, i) => {
    if (i === events.at) record(events.secret, 'events (near the end)');
    write(text);
  });
  write(filler());
  const last = tokens.rest();
  record(last, 'rest (last line, no newline)');
  write(`PD_API_KEY=${last}`, false);
  flush();
  closeSync(fd);
  return { bytes: offset, planted };
}
