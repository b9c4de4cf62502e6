#!/usr/bin/env node
// Create a release, upload JS + maps, associate commits, finalize.
import { readFile } from "node:fs/promises";
import { existsSync, globSync, readFileSync } from "node:fs";
import { execFileSync } from "node:child_process";
import { gzipSync } from "node:zlib";
import path from "node:path";

const dist = process.argv[2] ?? "dist";
const cfg = existsSync(".glitchwatch.json") ? JSON.parse(readFileSync(".glitchwatch.json", "utf8")) : {};
const base = (process.env.GLITCHWATCH_URL ?? cfg.url ?? "https://app.glitchwatch.example").replace(/\/$/, "");
const org = process.env.GLITCHWATCH_ORG;
const project = process.env.GLITCHWATCH_PROJECT;
const token = process.env.GLITCHWATCH_AUTH_TOKEN;
const urlPrefix = cfg.urlPrefix ?? "~/";
const batchBytes = 20 * 1024 * 1024;

const git = (...a) => execFileSync("git", a, { encoding: "utf8" }).trim();
const pkg = JSON.parse(readFileSync("package.json", "utf8"));
const sha = process.env.GITHUB_SHA ?? git("rev-parse", "HEAD");
const release = process.env.RELEASE ?? `${pkg.name}@${pkg.version}+${sha.slice(0, 7)}`;

async function api(method, p, body, headers = {}) {
  const res = await fetch(`${base}/api/1/organizations/${org}${p}`, {
    method,
    headers: { Authorization: `Bearer ${token}`, ...(body && !(body instanceof FormData) ? { "Content-Type": "application/json" } : {}), ...headers },
    body: body instanceof FormData ? body : body ? JSON.stringify(body) : undefined,
  });
  if (!res.ok && res.status !== 409) {
    throw new Error(`${method} ${p} -> ${res.status} ${await res.text().catch(() => "")}`.slice(0, 400));
  }
  return res.status === 204 ? null : res.json().catch(() => null);
}

console.log(`release ${release} (${org}/${project})`);
await api("POST", "/releases/", { version: release, projects: [project] });

// collect files
const files = [];
for (const rel of globSync(cfg.include ?? "**/*.{js,js.map,mjs,mjs.map}", { cwd: dist })) {
  files.push({ rel, abs: path.join(dist, rel) });
}
if (!files.length) throw new Error(`no JS/map files under ${dist}`);

// batch upload
let batch = new FormData(), size = 0, uploaded = 0;
async function flush() {
  if (!size) return;
  await api("POST", `/releases/${encodeURIComponent(release)}/files/batch/`, batch);
  batch = new FormData();
  size = 0;
}
for (const f of files) {
  const gz = gzipSync(await readFile(f.abs));
  if (size + gz.length > batchBytes) await flush();
  const name = urlPrefix.replace(/\/?$/, "/") + f.rel.split(path.sep).join("/");
  batch.append("file", new Blob([gz], { type: "application/gzip" }), name);
  size += gz.length;
  uploaded++;
}
await flush();
console.log(`uploaded ${uploaded} file(s)`);

// commits
try {
  const prev = git("describe", "--tags", "--abbrev=0", `${sha}^`);
  await api("PUT", `/releases/${encodeURIComponent(release)}/`, {
    refs: [{ repository: cfg.repository ?? git("config", "--get", "remote.origin.url").replace(/^.*[:/]([^/]+\/[^/]+?)(\.git)?$/, "$1"), commit: sha, previousCommit: git("rev-list", "-n1", prev) }],
  });
  console.log(`associated commits ${prev}..${sha.slice(0, 7)}`);
} catch (e) {
  console.warn(`commit association skipped: ${e.message.split("\n")[0]}`);
}

await api("PUT", `/releases/${encodeURIComponent(release)}/`, { dateReleased: new Date().toISOString() });
console.log(`finalized ${base}/organizations/${org}/releases/${encodeURIComponent(release)}/`);
