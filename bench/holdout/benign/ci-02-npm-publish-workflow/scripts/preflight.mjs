#!/usr/bin/env node
// Pre-publish checks for one package or an npm/pnpm workspace.
import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import path from "node:path";

const asJson = process.argv.includes("--json");
const root = process.cwd();

const SUSPICIOUS = [/^\.env(\..*)?$/, /\.pem$/, /\.key$/, /^id_(rsa|ed25519)/, /\.sqlite3?$/, /^coverage\//, /^__fixtures__\//];

function readJson(p) {
  return JSON.parse(readFileSync(p, "utf8"));
}

function workspaceDirs() {
  const pkg = readJson(path.join(root, "package.json"));
  const globs = Array.isArray(pkg.workspaces) ? pkg.workspaces : pkg.workspaces?.packages;
  if (!globs) return [root];
  const out = execFileSync("npm", ["query", ".workspace", "--json"], { encoding: "utf8" });
  return JSON.parse(out).map((w) => w.path);
}

function publishedVersions(name) {
  try {
    const out = execFileSync("npm", ["view", name, "versions", "--json"], { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"] });
    const v = JSON.parse(out);
    return new Set(Array.isArray(v) ? v : [v]);
  } catch {
    return new Set(); // not published yet
  }
}

function packedFiles(dir) {
  const out = execFileSync("npm", ["pack", "--dry-run", "--json"], { cwd: dir, encoding: "utf8" });
  return JSON.parse(out)[0].files.map((f) => f.path);
}

const results = [];
for (const dir of workspaceDirs()) {
  const pkg = readJson(path.join(dir, "package.json"));
  if (pkg.private) continue;
  const problems = [];
  const warnings = [];

  for (const field of ["name", "version", "license", "repository"]) {
    if (!pkg[field]) problems.push(`missing "${field}"`);
  }
  if (!pkg.files && !existsSync(path.join(dir, ".npmignore"))) {
    warnings.push('no "files" allow-list; everything not in .gitignore will be packed');
  }
  const main = pkg.exports?.["."]?.import ?? pkg.module ?? pkg.main;
  if (main && !existsSync(path.join(dir, main))) problems.push(`entry point ${main} not built`);

  if (publishedVersions(pkg.name).has(pkg.version)) {
    problems.push(`${pkg.name}@${pkg.version} is already on the registry`);
  }

  for (const f of packedFiles(dir)) {
    if (SUSPICIOUS.some((re) => re.test(path.basename(f)) || re.test(f))) {
      problems.push(`would publish ${f} - add it to .npmignore or tighten "files"`);
    }
  }
  results.push({ name: pkg.name, version: pkg.version, dir: path.relative(root, dir) || ".", problems, warnings });
}

if (asJson) {
  console.log(JSON.stringify(results, null, 2));
} else {
  for (const r of results) {
    const status = r.problems.length ? "FAIL" : "ok";
    console.log(`${status.padEnd(4)} ${r.name}@${r.version} (${r.dir})`);
    r.problems.forEach((p) => console.log(`     x ${p}`));
    r.warnings.forEach((w) => console.log(`     ! ${w}`));
  }
}
process.exit(results.some((r) => r.problems.length) ? 1 : 0);
