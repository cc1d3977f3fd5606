#!/usr/bin/env node

// src/cli/bin.ts
import * as nodeModule from "node:module";
var argv = process.argv.slice(2);
if (argv.length === 1 && (argv[0] === "--version" || argv[0] === "-V") && true) {
  process.stdout.write(`${"1.0.0"}
`);
} else {
  process.stdout.on("error", (error) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    throw error;
  });
  nodeModule.enableCompileCache?.();
  const { run } = await import("./chunks/cli-main.js");
  process.exitCode = await run(argv, {
    stdout: process.stdout,
    stderr: process.stderr,
    stdin: process.stdin,
    env: process.env,
    cwd: process.cwd(),
    onInterrupt: (tidy) => {
      const interrupted = () => {
        tidy();
        process.exit(130);
      };
      process.once("SIGINT", interrupted);
      return () => process.off("SIGINT", interrupted);
    }
  });
}
