#!/usr/bin/env node
// Print the last deployment URL found in a `skyhost deploy` log.
import { readFileSync } from "node:fs";

const file = process.argv[2];
if (!file) {
  console.error("usage: extract-url.mjs <deploy.log>");
  process.exit(2);
}
const log = readFileSync(file, "utf8");
const matches = [...log.matchAll(/https:\/\/[a-z0-9-]+\.skyhost\.example\b/g)].map((m) => m[0]);
if (matches.length === 0) {
  console.error("no deployment URL found — did the deploy fail? check the log");
  process.exit(1);
}
process.stdout.write(matches.at(-1) + "\n");
