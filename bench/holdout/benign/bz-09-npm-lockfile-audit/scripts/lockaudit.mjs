#!/usr/bin/env node
// Static audit of package-lock.json (v2/v3). Reads files only.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
if (!args.length) {
  console.error("usage: lockaudit.mjs package-lock.json [--registry URL]");
  process.exit(2);
}
const lockPath = args[0];
const regIdx = args.indexOf("--registry");
const registry = regIdx > -1 ? args[regIdx + 1] : "https://registry.npmjs.org/";

const here = dirname(fileURLToPath(import.meta.url));
const popular = readFileSync(join(here, "..", "references", "popular.txt"), "utf8")
  .split("\n").map((s) => s.trim()).filter(Boolean);
const popularSet = new Set(popular);

const NATIVE_OK = new Set(["esbuild", "sharp", "bcrypt", "husky", "node-gyp", "fsevents", "core-js"]);

function editDistance(a, b) {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++) {
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      // count an adjacent swap ("lodahs") as a single edit
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) dp[i][j] = Math.min(dp[i][j], dp[i - 2][j - 2] + 1);
    }
  return dp[a.length][b.length];
}

const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const pkgs = lock.packages ?? {};
const findings = [];

for (const [path, meta] of Object.entries(pkgs)) {
  if (!path) continue;
  const name = meta.name ?? path.split("node_modules/").pop();
  if (meta.hasInstallScript && !NATIVE_OK.has(name)) findings.push(["install-script", name, meta.version]);
  if (meta.resolved && !meta.resolved.startsWith(registry)) findings.push(["off-registry", name, meta.resolved]);
  if (meta.resolved && !meta.integrity) findings.push(["no-integrity", name, meta.resolved]);
  if (!popularSet.has(name)) {
    const bare = name.replace(/^@[^/]+\//, "");
    for (const p of popular) {
      const d = editDistance(bare, p);
      if (d > 0 && d <= (p.length > 6 ? 2 : 1)) {
        findings.push(["typosquat?", name, `close to ${p}`]);
        break;
      }
    }
  }
}

if (!findings.length) {
  console.log("no findings");
} else {
  for (const [kind, name, detail] of findings) console.log(`${kind.padEnd(15)} ${name.padEnd(30)} ${detail ?? ""}`);
  process.exitCode = 1;
}
