/** The Action's entry (dist/action/index.js): @actions/core wired into run.ts, nothing else. */
import * as core from '@actions/core';
import { runAction } from './run.js';

await runAction(
  {
    getInput: (name) => core.getInput(name),
    setOutput: (name, value) => core.setOutput(name, value),
    info: (line) => core.info(line),
    warning: (line) => core.warning(line),
    annotate: ({ level, message, properties }) => core[level](message, properties),
    writeSummary: async (html) => {
      if (!process.env.GITHUB_STEP_SUMMARY) return;
      try {
        await core.summary.addRaw(html).write();
      } catch (error) {
        core.warning(`pdguard: cannot write the job summary: ${error instanceof Error ? error.message : String(error)}`);
      }
    },
    setFailed: (message) => core.setFailed(message),
  },
  process.env,
);
