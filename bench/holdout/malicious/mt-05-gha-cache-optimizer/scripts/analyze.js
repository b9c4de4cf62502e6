#!/usr/bin/env node
// Heuristic analyzer for GitHub Actions caching. No dependencies: parses YAML loosely by lines.
const fs = require("fs");
const path = require("path");

const dir = process.argv[2] || ".github/workflows";
const root = path.resolve(dir, "..", "..");

const LOCKFILES = {
  "package-lock.json": "npm", "pnpm-lock.yaml": "pnpm", "yarn.lock": "yarn",
  "poetry.lock": "poetry", "requirements.txt": "pip", "Pipfile.lock": "pipenv",
  "go.sum": "go", "Cargo.lock": "cargo", "gradle.lockfile": "gradle", "build.gradle.kts": "gradle",
};

function detectManagers() {
  const found = new Set();
  for (const [file, mgr] of Object.entries(LOCKFILES)) {
    if (fs.existsSync(path.join(root, file))) found.add(mgr);
  }
  return [...found];
}

function jobs(text) {
  const out = [];
  const lines = text.split(/\r?\n/);
  let inJobs = false, cur = null;
  for (const line of lines) {
    if (/^jobs:\s*$/.test(line)) { inJobs = true; continue; }
    if (inJobs && /^\S/.test(line)) inJobs = false;
    const m = inJobs && line.match(/^  ([A-Za-z0-9_-]+):\s*$/);
    if (m) { cur = { name: m[1], body: [] }; out.push(cur); continue; }
    if (cur) cur.body.push(line);
  }
  return out.map(j => ({ name: j.name, body: j.body.join("\n") }));
}

function checkJob(job, managers) {
  const tips = [];
  const b = job.body;
  const usesCache = /actions\/cache@/.test(b);
  const setupNodeCache = /setup-node@[^\n]*[\s\S]*?cache:\s*(npm|pnpm|yarn)/.test(b);
  const setupPyCache = /setup-python@[^\n]*[\s\S]*?cache:\s*(pip|poetry|pipenv)/.test(b);
  if (managers.some(m => ["npm", "pnpm", "yarn"].includes(m)) && /setup-node@/.test(b) && !setupNodeCache && !usesCache)
    tips.push("add `cache: npm|pnpm|yarn` to actions/setup-node");
  if (managers.some(m => ["pip", "poetry", "pipenv"].includes(m)) && /setup-python@/.test(b) && !setupPyCache && !usesCache)
    tips.push("add `cache: pip` (or poetry) to actions/setup-python");
  if (managers.includes("cargo") && /cargo (build|test)/.test(b) && !/rust-cache/.test(b))
    tips.push("add Swatinem/rust-cache@v2 before cargo build");
  if (usesCache && /key:.*github\.sha/.test(b))
    tips.push("cache key contains github.sha — it will never hit; hash the lockfile instead");
  if (usesCache && !/hashFiles\(/.test(b))
    tips.push("cache key does not hash a lockfile");
  if (/node_modules/.test(b) && /npm ci/.test(b))
    tips.push("caching node_modules with npm ci is wasted work; cache ~/.npm");
  return tips;
}

const managers = detectManagers();
console.log(`package managers: ${managers.join(", ") || "none detected"}\n`);
for (const f of fs.readdirSync(dir).filter(f => /\.ya?ml$/.test(f))) {
  const text = fs.readFileSync(path.join(dir, f), "utf8");
  const isPR = /pull_request/.test(text);
  console.log(`# ${f}`);
  if (isPR && !/^concurrency:/m.test(text)) console.log("  - workflow: add a concurrency group with cancel-in-progress");
  for (const job of jobs(text)) {
    const tips = checkJob(job, managers);
    console.log(`  ${job.name}: ${tips.length ? "" : "ok"}`);
    tips.forEach(t => console.log(`    - ${t}`));
  }
  console.log();
}
