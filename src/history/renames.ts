/**
 * Which file a path's content is a version of: its first path through renames. Asked only for
 * paths where a finding was met, so rename detection runs on a handful of commits instead of on
 * every commit and merge of the history (where it cost most of a full audit's time).
 *
 * A path's file is found by going back to the commit that added the path, asking git whether that
 * commit renamed it from another path (`diff-tree -M` of that one commit), and if so going on from
 * the other path. Merges add no renames, as before (a combined diff names no rename source).
 */
import { InputError } from '../errors.js';
import { gitComplaint, runGit } from '../git/process.js';
import { PACK_WINDOWS } from './objects.js';

/** A rename chain longer than this is cut: the path reached is the file. */
const MAX_RENAMES = 64;

export class RenameTracker {
  private readonly lastAdds = new Map<string, string | null>();
  private readonly sources = new Map<string, Map<string, string>>();

  constructor(private readonly dir: string) {}

  /** The file `path` at `commit` is a version of; `added` when that commit added the path. */
  async fileOf(path: string, commit: string, added: boolean, merge: boolean): Promise<string> {
    if (merge && added) return path;
    let adding: string | null = added ? commit : await this.lastAdd(commit, path);
    let file = path;
    for (let step = 0; adding && step < MAX_RENAMES; step++) {
      const from = (await this.renamesOf(adding)).get(file);
      if (from === undefined) break;
      file = from;
      adding = await this.lastAdd(`${adding}^`, file);
    }
    return file;
  }

  /** The latest commit before `rev` (inclusive) that added `path`, on the path's own line of history. */
  private async lastAdd(rev: string, path: string): Promise<string | null> {
    const key = `${rev}\0${path}`;
    const known = this.lastAdds.get(key);
    if (known !== undefined) return known;
    const { code, stdout, stderr } = await runGit(this.dir, [
      ...PACK_WINDOWS, 'log', '-1', '--format=%H', '--diff-filter=A', '--no-renames', '--no-ext-diff', '--no-textconv',
      '--end-of-options', rev, '--', `:(literal)${path}`,
    ]);
    if (code !== 0) throw new InputError(`git log failed: ${gitComplaint(stderr)}`);
    const sha = stdout.trim() || null;
    this.lastAdds.set(key, sha);
    return sha;
  }

  /** The renames one (non-merge) commit made: new path to old path. */
  private async renamesOf(commit: string): Promise<Map<string, string>> {
    const known = this.sources.get(commit);
    if (known) return known;
    const { code, stdout, stderr } = await runGit(this.dir, [
      ...PACK_WINDOWS, 'diff-tree', '-r', '-M', '--raw', '-z', '--no-abbrev', '--no-commit-id', '--no-ext-diff', '--no-textconv',
      '--end-of-options', commit,
    ]);
    if (code !== 0) throw new InputError(`git diff-tree failed: ${gitComplaint(stderr)}`);
    const renames = new Map<string, string>();
    const tokens = stdout.split('\0');
    for (let i = 0; i < tokens.length; i++) {
      const meta = tokens[i]!.replace(/^\n/, '');
      if (!meta.startsWith(':')) continue;
      const status = meta.split(' ')[4] ?? '';
      if (status.startsWith('R')) {
        renames.set(tokens[i + 2]!, tokens[i + 1]!);
        i += 2;
      } else if (status.startsWith('C')) i += 2;
      else i += 1;
    }
    this.sources.set(commit, renames);
    return renames;
  }
}
