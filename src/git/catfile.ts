/**
 * One long-lived `git cat-file --batch` process that streams blob contents: requests are written
 * as object ids, answers come back in the same order as `<oid> blob <size>\n<content>\n`. Content
 * is handed on in chunks, so a blob of any size is read with bounded memory.
 */
import { InputError } from '../errors.js';
import { BLOB_READING } from '../history/objects.js';
import { Fifo } from '../util/fifo.js';
import { type ReadGit, exitOf, gitComplaint, spawnGitReading } from './process.js';

/** cat-file's answers are read into one buffer of this size, again and again. */
const READ_BUFFER = 256 * 1024;

/** Blobs up to this size are handed on whole, in one piece (see BlobSink.chunk). */
const WHOLE_BLOB_LIMIT = 1024 * 1024;

/** What is done with each answer; `oid` is the blob's id as cat-file names it (the one asked for). */
export interface BlobSink {
  /**
   * A piece of the blob's content; `last` when it ends the content (always so for a small blob,
   * given whole). The bytes are valid during the call only: a small blob gathered over several
   * reads is handed over in one reused buffer.
   */
  chunk(data: Buffer, last: boolean, oid: string): void;
  end(size: number, oid: string): void;
  missing(oid: string): void;
}

export class BlobReader {
  private readonly child: ReadGit['child'];
  private readonly exit;
  /** Who is owed the next answers: each entry stands for `count` requests in a row, all for `sink`. */
  private readonly queue = new Fifo<{ sink: BlobSink; count: number }>();
  private unanswered = 0;
  private header = '';
  private oid = '';
  private remaining = -1; // bytes of content still to come for the oldest request; -1 while reading a header
  private size = 0;
  private trailer = false; // the newline after each content
  /** A small blob being gathered over several reads, and how much of it has come. */
  private gathering: Buffer | null = null;
  private gathered = 0;
  /** The buffer small blobs are gathered in, reused: fresh memory for each was most of cat-file's garbage. */
  private spare: Buffer = Buffer.allocUnsafe(0);
  private done: Promise<void>;

  /**
   * cat-file in `repo`, its answers read into one reused buffer (spawnGitReading). `few`: a few
   * blobs (the pre-commit hook's): read through the ordinary pipe, since setting up the socket
   * that saves a large read its garbage costs more than such a read takes.
   */
  static async open(repo: string, { few = false }: { few?: boolean } = {}): Promise<BlobReader> {
    let reader: BlobReader | undefined;
    const read = await spawnGitReading(repo, [...BLOB_READING, 'cat-file', '--batch', '--buffer'], Buffer.allocUnsafe(READ_BUFFER), (data) => reader!.receive(data), { socket: !few });
    reader = new BlobReader(read);
    return reader;
  }

  private constructor({ child, ended }: ReadGit) {
    this.child = child;
    this.exit = exitOf(this.child);
    this.child.stdin.on('error', () => {}); // reported through the exit status instead
    this.done = new Promise((resolve, reject) => {
      void ended.then(() => {
        void this.exit.then(({ code, stderr }) => {
          if (code !== 0) reject(new InputError(`git cat-file failed: ${gitComplaint(stderr)}`));
          else if (this.unanswered) reject(new InputError('git cat-file stopped before answering every request'));
          else resolve();
        });
      });
    });
    this.done.catch(() => {}); // seen by whoever awaits close() or drained()
  }

  /** Ask for a blob; returns false when the caller should wait for `drained()` before asking more. */
  request(oid: string, sink: BlobSink): boolean {
    this.owe(sink, 1);
    return this.child.stdin.write(`${oid}\n`);
  }

  /** Ask for many blobs in one write, all answered to `sink`; returns false as `request` does. */
  requestAll(oids: readonly string[], sink: BlobSink): boolean {
    if (oids.length === 0) return true;
    this.owe(sink, oids.length);
    return this.child.stdin.write(`${oids.join('\n')}\n`);
  }

  /**
   * Ask for the `count` blobs whose ids are the hex lines in `lines`, all answered to `sink`;
   * returns false as `request` does. The buffer is written as it is: the caller may fill it
   * again only once the stream has drained.
   */
  requestLines(lines: Buffer, count: number, sink: BlobSink): boolean {
    if (count === 0) return true;
    this.owe(sink, count);
    return this.child.stdin.write(lines);
  }

  /** Resolves once cat-file has ended having answered every request; rejects if it fails or stops early. */
  finished(): Promise<void> {
    return this.done;
  }

  /** Resolves when more may be asked; rejects if cat-file ends first (never waits for a dead process). */
  drained(): Promise<void> {
    return Promise.race([new Promise<void>((resolve) => this.child.stdin.once('drain', resolve)), this.done.then(() => {})]);
  }

  private owe(sink: BlobSink, count: number): void {
    this.queue.push({ sink, count });
    this.unanswered += count;
  }

  /** The sink owed the oldest answer. */
  private get owed(): BlobSink {
    return this.queue.peek()!.sink;
  }

  /** The oldest request is answered: its sink. */
  private answered(): BlobSink | undefined {
    const head = this.queue.peek();
    if (!head) return undefined;
    this.unanswered--;
    if (--head.count === 0) this.queue.shift();
    return head.sink;
  }

  /** No more requests: wait until every answer has been delivered. */
  async close(): Promise<void> {
    this.child.stdin.end();
    await this.done;
  }

  kill(): void {
    this.child.kill();
  }

  private receive(data: Buffer): void {
    let offset = 0;
    while (offset < data.length) {
      if (this.trailer) {
        offset++; // the newline that ends a blob's content
        this.trailer = false;
        continue;
      }
      if (this.remaining < 0) {
        const newline = data.indexOf(10, offset);
        if (newline < 0) {
          this.header += data.toString('latin1', offset);
          return;
        }
        this.header += data.toString('latin1', offset, newline);
        offset = newline + 1;
        this.startObject(this.header);
        this.header = '';
        continue;
      }
      const take = Math.min(this.remaining, data.length - offset);
      const sink = this.owed;
      if (this.size > WHOLE_BLOB_LIMIT) {
        if (take > 0) sink.chunk(data.subarray(offset, offset + take), take === this.remaining, this.oid);
      } else if (this.gathered === 0 && take === this.remaining) {
        sink.chunk(data.subarray(offset, offset + take), true, this.oid); // all of it in this read: no copy
      } else {
        // Pipe reads are 64 KB: a small blob spread over several is gathered and handed on whole,
        // so that the engine scans it in one pass.
        if (!this.gathering) {
          if (this.spare.length < this.size) this.spare = Buffer.allocUnsafe(Math.max(this.size, 64 * 1024));
          this.gathering = this.spare.subarray(0, this.size);
        }
        data.copy(this.gathering, this.gathered, offset, offset + take);
        this.gathered += take;
        if (this.gathered === this.size) {
          sink.chunk(this.gathering, true, this.oid);
          this.gathering = null;
          this.gathered = 0;
        }
      }
      offset += take;
      this.remaining -= take;
      if (this.remaining === 0) {
        this.answered()!.end(this.size, this.oid);
        this.remaining = -1;
        this.trailer = true;
      }
    }
  }

  private startObject(header: string): void {
    const parts = header.split(' ');
    this.oid = parts[0]!;
    if (parts[1] === 'missing' || parts[1] === 'ambiguous') {
      this.answered()?.missing(this.oid);
      return;
    }
    this.size = Number(parts[2]);
    this.remaining = this.size;
    if (this.size === 0) {
      this.answered()!.end(0, this.oid);
      this.remaining = -1;
      this.trailer = true;
    }
  }
}
