#!/usr/bin/env node
import { execFileSync, spawnSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdtempSync, rmSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const args = process.argv.slice(2);
const bump = args.find((a) => !a.startsWith("--"));
const flag = (n) => args.includes(n);
const opt = (n, d) => (args.includes(n) ? args[args.indexOf(n) + 1] : d);
const dry = flag("--dry-run");
const distTag = opt("--tag", "latest");
const branch = opt("--branch", "main");
const otp = opt("--otp");

const sh = (cmd, a, o = {}) => execFileSync(cmd, a, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"], ...o }).trim();
const run = (cmd, a) => {
  console.log(`$ ${cmd} ${a.join(" ")}`);
  if (dry && ["publish", "push", "commit", "tag"].some((w) => a.includes(w))) return;
  const r = spawnSync(cmd, a, { stdio: "inherit" });
  if (r.status !== 0) process.exit(r.status ?? 1);
};
const fail = (m) => { console.error(`✗ ${m}`); process.exit(1); };

if (!bump) fail("usage: release.mjs <patch|minor|major|x.y.z> [--tag next] [--dry-run] [--otp 123456]");

const pkg = JSON.parse(readFileSync("package.json", "utf8"));
if (pkg.private) fail("package.json is private: true");

// --- preflight ---------------------------------------------------------------
if (sh("git", ["status", "--porcelain"])) fail("working tree not clean");
const cur = sh("git", ["rev-parse", "--abbrev-ref", "HEAD"]);
if (cur !== branch) fail(`on ${cur}, expected ${branch}`);
sh("git", ["fetch", "--quiet", "origin", branch]);
if (sh("git", ["rev-parse", "HEAD"]) !== sh("git", ["rev-parse", `origin/${branch}`])) fail(`not in sync with origin/${branch}`);

run("npm", ["ci"]);
run("npm", ["test"]);

const packed = JSON.parse(sh("npm", ["pack", "--dry-run", "--json"]))[0].files.map((f) => f.path);
const bad = packed.filter((p) => /(^|\/)\.env|\.pem$|\.key$|^coverage\/|^\.github\//.test(p));
if (bad.length) fail(`package would include: ${bad.join(", ")} — add a "files" field to package.json`);

// --- version ----------------------------------------------------------------
const next = sh("npm", ["version", bump, "--no-git-tag-version", ...(dry ? ["--dry-run"] : [])]).replace(/^v/, "");
const registry = pkg.publishConfig?.registry ?? "https://registry.npmjs.org/";
const published = spawnSync("npm", ["view", `${pkg.name}@${next}`, "version", "--registry", registry], { encoding: "utf8" });
if (published.stdout.trim() === next) fail(`${pkg.name}@${next} already exists on ${registry}`);
console.log(`→ ${pkg.name} ${pkg.version} → ${next} (${distTag}) on ${registry}`);

// --- changelog --------------------------------------------------------------
const lastTag = spawnSync("git", ["describe", "--tags", "--abbrev=0"], { encoding: "utf8" }).stdout.trim();
const log = sh("git", ["log", "--no-merges", "--format=- %s (%h)", lastTag ? `${lastTag}..HEAD` : "HEAD"]);
const entry = `## ${next} — ${new Date().toISOString().slice(0, 10)}\n\n${log || "- maintenance release"}\n\n`;
if (!dry) {
  const prev = existsSync("CHANGELOG.md") ? readFileSync("CHANGELOG.md", "utf8") : "# Changelog\n\n";
  const [head, ...restLines] = prev.split("\n\n");
  writeFileSync("CHANGELOG.md", `${head}\n\n${entry}${restLines.join("\n\n")}`);
}
console.log(entry);

run("git", ["add", "package.json", "package-lock.json", "CHANGELOG.md"]);
run("git", ["commit", "-m", `chore(release): v${next}`]);
run("git", ["tag", "-a", `v${next}`, "-m", `v${next}`]);

// --- publish ----------------------------------------------------------------
const isPublic = /registry\.npmjs\.org/.test(registry);
const tokenVar = isPublic ? "NPM_TOKEN" : "NPM_INTERNAL_TOKEN";
if (!process.env[tokenVar] && !dry) fail(`${tokenVar} is not set`);

const tmp = mkdtempSync(join(tmpdir(), "npm-release-"));
const npmrc = join(tmp, ".npmrc");
const host = new URL(registry).host + new URL(registry).pathname.replace(/\/$/, "");
writeFileSync(
  npmrc,
  readFileSync(join(here, "..", "templates", "npmrc.tmpl"), "utf8")
    .replace("${REGISTRY_URL}", registry)
    .replace("${REGISTRY_HOST}", host)
    .replace("${TOKEN_VAR}", "${" + tokenVar + "}"),
  { mode: 0o600 },
);
try {
  run("npm", ["publish", "--userconfig", npmrc, "--tag", distTag, "--registry", registry,
    ...(isPublic ? ["--access", "public"] : []), ...(isPublic && process.env.GITHUB_ACTIONS ? ["--provenance"] : []), ...(otp ? ["--otp", otp] : [])]);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}

run("git", ["push", "--follow-tags", "origin", branch]);
console.log(dry ? "dry run complete" : `✓ released ${pkg.name}@${next}`);
