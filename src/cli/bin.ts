#!/usr/bin/env node
/**
 * The executable. Kept tiny so that `pdguard --version` starts as fast as node itself: everything
 * else is loaded only when a command needs it.
 */
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
