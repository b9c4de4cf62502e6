#!/usr/bin/env node
import { readCliConfig } from './cli-config.js';
import { runCli } from './run-cli.js';

runCli(process.argv.slice(2), readCliConfig(), { stdout: process.stdout, stderr: process.stderr }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(
      `skillgate: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exitCode = 2;
  },
);
