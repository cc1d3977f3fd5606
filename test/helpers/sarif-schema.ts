/** The official SARIF 2.1.0 schema (rtm.5, as shipped by @microsoft/jest-sarif), compiled once with ajv. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';
import { REPO_ROOT } from './cli.js';

const SCHEMA_FILE = join(REPO_ROOT, 'node_modules', '@microsoft', 'jest-sarif', 'lib', 'schemas', 'sarif-2.1.0-rtm.5.json');

let validate: ((data: unknown) => boolean) & { errors?: unknown } | undefined;

/** Schema errors of a SARIF document, as readable text; empty when it is valid. */
export function sarifSchemaErrors(log: unknown): string[] {
  if (!validate) {
    // CommonJS packages: under NodeNext their classes sit on `.default` (which they also set at run time).
    const ajv = new Ajv.default({ allErrors: true, strict: false, unicodeRegExp: false });
    addFormats.default(ajv);
    validate = ajv.compile(JSON.parse(readFileSync(SCHEMA_FILE, 'utf8')) as object);
  }
  if (validate!(log)) return [];
  return ((validate!.errors ?? []) as { instancePath: string; message?: string; params?: unknown }[]).map(
    (e) => `${e.instancePath || '/'}: ${e.message ?? ''} ${JSON.stringify(e.params)}`,
  );
}
