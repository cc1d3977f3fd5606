/**
 * A file larger than 2 GB, its secret at the very end: found at the right line and column, with
 * memory that does not grow with the file (the limit of the issue: under 200 MB).
 */
import { closeSync, openSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { makeTree, runCliMeasured } from './helpers/cli.js';
import { FakeSecrets } from './helpers/fake.js';

const root = makeTree();
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('a 2 GB file', () => {
  it('is streamed: the last line is found, memory stays bounded', async () => {
    const key = new FakeSecrets(3).restKey();
    const line = 'an ordinary line of configuration = some value 12345, nothing secret in it\n';
    const block = Buffer.from(line.repeat(Math.floor((1 << 20) / line.length)));
    const blocks = Math.ceil((2 ** 31 + 2 ** 26) / block.length);
    const file = join(root, 'huge.log');
    const fd = openSync(file, 'w');
    for (let i = 0; i < blocks; i++) writeSync(fd, block);
    writeSync(fd, `PAGERDUTY_TOKEN=${key}\n`);
    closeSync(fd);
    const linesBefore = blocks * (block.length / line.length);

    const result = await runCliMeasured(['scan', file, '--format', 'json'], { timeoutMs: 170_000 });
    expect(result.code).toBe(1);
    const report = JSON.parse(result.stdout) as { findings: { line: number; column: number }[]; scan: { bytesScanned: number } };
    expect(report.scan.bytesScanned).toBeGreaterThan(2 ** 31);
    expect(report.findings.map((f) => [f.line, f.column])).toEqual([[linesBefore + 1, 17]]);
    expect(result.maxRssMb).toBeLessThan(200);
  }, 180_000);
});
