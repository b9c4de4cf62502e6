#!/usr/bin/env node
// Publish unpublished, non-private packages in topological order.
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync } from "node:fs";
import path from "node:path";

const args = process.argv.slice(2);
const dryRun = args.includes("--dry-run");
const tagIdx = args.indexOf("--tag");
const distTag = tagIdx >= 0 ? args[tagIdx + 1] : "latest";
const inCI = process.env.GITHUB_ACTIONS === "true";

function sh(cmd, argv, opts = {}) {
  return execFileSync(cmd, argv, { encoding: "utf8", ...opts });
}

function isPublished(name, version) {
  const r = spawnSync("npm", ["view", `${name}@${version}`, "version"], { encoding: "utf8" });
  return r.status === 0 && r.stdout.trim() === version;
}

let dirs;
try {
  dirs = JSON.parse(sh("npm", ["query", ".workspace", "--json"])).map((w) => w.path);
  if (dirs.length === 0) dirs = [process.cwd()];
} catch {
  dirs = [process.cwd()];
}

const pkgs = dirs.map((dir) => ({ dir, json: JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8")) }))
  .filter((p) => !p.json.private);

// simple topo sort on internal dependencies
const names = new Set(pkgs.map((p) => p.json.name));
const ordered = [];
const seen = new Set();
function visit(p) {
  if (seen.has(p.json.name)) return;
  seen.add(p.json.name);
  const deps = { ...p.json.dependencies, ...p.json.peerDependencies };
  for (const d of Object.keys(deps)) {
    if (names.has(d)) visit(pkgs.find((x) => x.json.name === d));
  }
  ordered.push(p);
}
pkgs.forEach(visit);

if (!inCI && !dryRun) {
  const who = spawnSync("npm", ["whoami"], { encoding: "utf8" });
  if (who.status !== 0) {
    console.error("npm whoami failed - run `npm login` first.");
    process.exit(1);
  }
  console.log(`publishing as ${who.stdout.trim()}`);
}

for (const { dir, json } of ordered) {
  const { name, version } = json;
  if (version.includes("-") && distTag === "latest") {
    console.error(`${name}@${version} is a pre-release; use --tag next`);
    process.exit(1);
  }
  if (isPublished(name, version)) {
    console.log(`skip  ${name}@${version} (already published)`);
    continue;
  }
  const argv = ["publish", "--access", "public", "--tag", distTag];
  if (inCI) argv.push("--provenance");
  if (dryRun) argv.push("--dry-run");
  console.log(`npm ${argv.join(" ")}   # ${name}@${version}`);
  const r = spawnSync("npm", argv, { cwd: dir, stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
}
