/**
 * The release workflow's checks (scripts/release.mjs), run as the workflow runs them: on this
 * repository as it is (the tag of package.json's version must pass, with CHANGELOG.md's notes),
 * and on copies where the version, the tag or the notes disagree.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO_ROOT } from './helpers/cli.js';
import { tempDir } from './helpers/temp.js';

const VERSION = (JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string }).version;

function release(root: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'release.mjs'), ...args], { encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

/** A copy of what the script reads: itself, package.json and CHANGELOG.md, then edited. */
function copy(edit: { version?: string; changelog?: (text: string) => string } = {}): string {
  const root = tempDir();
  mkdirSync(join(root, 'scripts'));
  copyFileSync(join(REPO_ROOT, 'scripts', 'release.mjs'), join(root, 'scripts', 'release.mjs'));
  const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
  if (edit.version) pkg.version = edit.version;
  writeFileSync(join(root, 'package.json'), JSON.stringify(pkg));
  const changelog = readFileSync(join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
  writeFileSync(join(root, 'CHANGELOG.md'), edit.changelog ? edit.changelog(changelog) : changelog);
  return root;
}

describe('release checks', () => {
  it('this repository is releasable as the tag of its version, with notes', () => {
    expect(release(REPO_ROOT, 'check', `v${VERSION}`)).toMatchObject({ status: 0, stderr: '' });
    const notes = release(REPO_ROOT, 'notes', `v${VERSION}`);
    expect(notes.status).toBe(0);
    expect(notes.stdout).toMatch(/\S/);
    expect(notes.stdout).not.toMatch(/^## /m); // the section's body, without its heading or the next one
  });

  it('prints exactly the notes of the version asked for', () => {
    const root = copy({
      version: '2.1.0',
      changelog: () => '# Changelog\n\n## [Unreleased]\n\n## [2.1.0] - 2027-01-02\n\n### Fixed\n\n- one\n\n## [2.0.0]\n\n- two\n\n[2.1.0]: https://example.test/compare\n',
    });
    expect(release(root, 'notes', 'v2.1.0')).toMatchObject({ status: 0, stdout: '### Fixed\n\n- one\n' });
  });

  it('refuses a tag that is not the package version, a tag that is no release, and a version without notes', () => {
    expect(release(REPO_ROOT, 'check', 'v99.0.0')).toMatchObject({ status: 1, stderr: expect.stringContaining(`package.json says ${VERSION}`) });
    expect(release(REPO_ROOT, 'check', 'v1')).toMatchObject({ status: 1, stderr: expect.stringContaining('is not a release tag') });
    expect(release(REPO_ROOT, 'check', `${VERSION}`)).toMatchObject({ status: 1 });
    const noNotes = copy({ version: '3.0.0' });
    expect(release(noNotes, 'check', 'v3.0.0')).toMatchObject({ status: 1, stderr: expect.stringContaining('no notes under "## [3.0.0]"') });
    // A heading with nothing under it before the next release's (whatever [Unreleased] holds today).
    const emptyNotes = copy({ version: '3.0.0', changelog: (text) => text.replace('## [1.0.0]', '## [3.0.0]\n\n## [1.0.0]') });
    expect(release(emptyNotes, 'check', 'v3.0.0')).toMatchObject({ status: 1 });
    expect(release(REPO_ROOT, 'publish', `v${VERSION}`)).toMatchObject({ status: 1, stderr: expect.stringContaining('usage') });
  });
});
