#!/usr/bin/env node
// Inspect package-lock.json (v2/v3) for supply-chain red flags. Read-only, no network.
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const lockPath = process.argv[2] ?? "package-lock.json";
const expectedRegistry = process.env.EXPECTED_REGISTRY ?? "https://registry.npmjs.org/";

const lock = JSON.parse(readFileSync(lockPath, "utf8"));
const popular = new Set(
  readFileSync(join(here, "..", "assets", "popular-packages.txt"), "utf8")
    .split("\n").map((s) => s.trim()).filter((s) => s && !s.startsWith("#")),
);

function lev(a, b) {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length][b.length];
}

const findings = [];
for (const [key, meta] of Object.entries(lock.packages ?? {})) {
  if (!key) continue; // root project
  const name = meta.name ?? key.split("node_modules/").pop();

  if (meta.hasInstallScript) findings.push({ type: "install-script", name, version: meta.version });

  if (meta.resolved && !meta.resolved.startsWith(expectedRegistry) && !meta.link)
    findings.push({ type: "non-registry-resolved", name, resolved: meta.resolved });

  if (!meta.integrity && !meta.link && meta.resolved)
    findings.push({ type: "missing-integrity", name });

  if (!popular.has(name)) {
    const bare = name.replace(/^@[^/]+\//, "");
    for (const p of popular) {
      const d = lev(bare, p);
      if (d > 0 && d <= 2 && Math.abs(bare.length - p.length) <= 2 && bare.length > 3) {
        findings.push({ type: "lookalike", name, similarTo: p, distance: d });
        break;
      }
    }
  }
}

process.stdout.write(JSON.stringify({ lockfile: lockPath, count: findings.length, findings }, null, 2) + "\n");
