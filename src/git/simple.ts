/** simple-git for small control commands off the hooks' hot path (revisions, hook paths). */
import { simpleGit, type SimpleGit } from 'simple-git';

export function git(repo: string): SimpleGit {
  return simpleGit({ baseDir: repo, maxConcurrentProcesses: 4, trimmed: true });
}
