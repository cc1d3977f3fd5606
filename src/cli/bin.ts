#!/usr/bin/env node
/**
 * The executable. Kept tiny so that `pdguard --version` starts as fast as node itself: everything
 * else is loaded only when a command needs it.
 */
import * as nodeModule from 'node:module';

declare const __PDGUARD_VERSION__: string | undefined;

const argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === '--version' || argv[0] === '-V') && typeof __PDGUARD_VERSION__ === 'string') {
  process.stdout.write(`${__PDGUARD_VERSION__}\n`);
} else {
  // A closed pipe (pdguard scan | head) is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
  // Node 22.1 and later keep V8's compiled code of the files loaded below between runs, in the
  // folder NODE_COMPILE_CACHE would name (the system's temporary folder by default;
  // NODE_DISABLE_COMPILE_CACHE=1 turns it off): compiling them was a good part of the hook's start.
  // The cache is checked against each file's text, so an upgraded pdguard is never served stale code.
  (nodeModule as { enableCompileCache?: () => unknown }).enableCompileCache?.();
  const { run } = await import('./main.js');
  process.exitCode = await run(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    onInterrupt: (tidy) => {
      const interrupted = (): void => {
        tidy();
        process.exit(130);
      };
      process.once('SIGINT', interrupted);
      return () => process.off('SIGINT', interrupted);
    },
  });
}
