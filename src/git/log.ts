/**
 * Parses `git log --raw -z` output as it streams: commits with their author, and for each, the
 * files it changed with the blob each file has afterwards. Tokens are NUL-separated, so any path
 * (spaces, newlines, any bytes) comes through exactly.
 */
import { StringDecoder } from 'node:string_decoder';
import { detach } from '../util/detach.js';
import type { CommitInfo } from '../types.js';

/** The format that goes with this parser: a \x01 marks each commit. */
export const LOG_FORMAT = '--format=%x01%H%x00%an%x00%ae%x00%aI%x00';

export interface FileChange {
  status: string; // A, M, R100, C075, T, D...
  newMode: string;
  newBlob: string;
  oldPath: string | null; // for renames and copies
  path: string;
  /** A merge's change, combined over its parents (`-c`): `status` has one letter per parent. */
  combined?: boolean;
}

export interface LogEvents {
  commit(commit: CommitInfo): void;
  change(change: FileChange): void;
}

type State =
  | { kind: 'idle' }
  | { kind: 'header'; fields: string[] }
  | { kind: 'paths'; meta: string[]; paths: string[]; want: number; combined?: boolean };

export class RawLogParser {
  /**
   * The unfinished token, in pieces: a token split over many reads (a 16 MB author name) is
   * joined once, when its NUL comes, and only new text is searched, so parsing stays linear.
   */
  private pending: string[] = [];
  private state: State = { kind: 'idle' };
  // Keeps a UTF-8 character split across two reads whole.
  private readonly decoder = new StringDecoder('utf8');

  constructor(private readonly events: LogEvents) {}

  push(data: Buffer): void {
    // Paths are bytes; git prints them as-is (core.quotePath=false), read as UTF-8.
    const text = this.decoder.write(data);
    let start = 0;
    for (let nul = text.indexOf('\0'); nul >= 0; nul = text.indexOf('\0', start)) {
      const piece = text.slice(start, nul);
      if (this.pending.length) {
        this.pending.push(piece);
        this.token(this.pending.join(''));
        this.pending = [];
      } else this.token(piece);
      start = nul + 1;
    }
    if (start < text.length) this.pending.push(text.slice(start));
  }

  end(): void {
    const rest = this.pending.join('') + this.decoder.end();
    if (rest) this.token(rest);
    this.pending = [];
  }

  private token(raw: string): void {
    const state = this.state;
    if (state.kind === 'header') {
      state.fields.push(raw);
      if (state.fields.length === 4) {
        // Detached copies: slices would keep each 64 KB read of the log alive (see detach.ts).
        const [sha, author, email, date] = state.fields.map(detach) as [string, string, string, string];
        this.events.commit({ sha, author, email, date });
        this.state = { kind: 'idle' };
      }
      return;
    }
    if (state.kind === 'paths') {
      state.paths.push(raw);
      if (state.paths.length === state.want) {
        const [, , , newBlob, status] = state.meta as [string, string, string, string, string];
        const newMode = state.meta[1]!;
        this.events.change({
          status,
          newMode,
          newBlob: detach(newBlob),
          oldPath: state.want === 2 ? detach(state.paths[0]!) : null,
          path: detach(state.paths[state.want - 1]!),
          ...(state.combined ? { combined: true } : {}),
        });
        this.state = { kind: 'idle' };
      }
      return;
    }
    const token = raw.startsWith('\n') ? raw.slice(1) : raw;
    if (token.startsWith('\x01')) {
      this.state = { kind: 'header', fields: [token.slice(1)] };
    } else if (token.startsWith('::')) {
      // A merge, combined (-c): `::<mode per parent> <new mode> <blob per parent> <new blob> <statuses>`,
      // listed only when the merge's file differs from every parent. One path follows.
      const parents = token.length - token.replace(/^:+/, '').length;
      const fields = token.slice(parents).split(' ');
      const meta = ['', fields[parents]!, '', fields[2 * parents + 1]!, fields[2 * parents + 2] ?? ''];
      this.state = { kind: 'paths', meta, paths: [], want: 1, combined: true };
    } else if (token.startsWith(':')) {
      // :<old mode> <new mode> <old blob> <new blob> <status>
      const meta = token.slice(1).split(' ');
      const status = meta[4] ?? '';
      this.state = { kind: 'paths', meta, paths: [], want: status.startsWith('R') || status.startsWith('C') ? 2 : 1 };
    }
    // Anything else (the empty token after a header) carries nothing.
  }
}
