#!/usr/bin/env node
// The release workflow's two questions, answered from the repository's own files:
//   release.mjs check vX.Y.Z   the tag names package.json's version, and CHANGELOG.md has its notes
//   release.mjs notes vX.Y.Z   prints that version's notes (the GitHub release's text)
// Exit 1 with one line on stderr when the answer is no.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The notes of `version` in a Keep a Changelog file: the lines under `## [version]`, trimmed. */
export function changelogNotes(changelog, version) {
  const lines = changelog.split(/\r?\n/);
  const heading = new RegExp(`^## \\[?${version.replace(/\./g, '\\.')}\\]?(?:\\s|$)`);
  const start = lines.findIndex((line) => heading.test(line));
  if (start < 0) return null;
  let end = lines.findIndex((line, i) => i > start && /^## /.test(line));
  if (end < 0) end = lines.length;
  // Link references at the end of the file ([1.0.0]: https://…) belong to no section.
  const body = lines.slice(start + 1, end).filter((line) => !/^\[[^\]]+\]:\s/.test(line));
  const text = body.join('\n').trim();
  return text === '' ? null : text;
}

function fail(message) {
  process.stderr.write(`release: ${message}\n`);
  process.exit(1);
}

function main([command, tag]) {
  if (!['check', 'notes'].includes(command) || !tag) fail('usage: release.mjs check|notes vX.Y.Z');
  const match = /^v(\d+\.\d+\.\d+)$/.exec(tag);
  if (!match) fail(`${tag} is not a release tag (vX.Y.Z)`);
  const version = match[1];
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  if (pkg.version !== version) fail(`the tag ${tag} names ${version}, but package.json says ${pkg.version}: bump package.json first`);
  const notes = changelogNotes(readFileSync(join(root, 'CHANGELOG.md'), 'utf8'), version);
  if (notes === null) fail(`CHANGELOG.md has no notes under "## [${version}]"`);
  if (command === 'notes') process.stdout.write(`${notes}\n`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) main(process.argv.slice(2));
