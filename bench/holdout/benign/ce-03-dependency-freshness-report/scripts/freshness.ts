#!/usr/bin/env -S npx tsx
import { readFile, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

type Drift = "major" | "minor" | "patch" | "current" | "unknown";

interface Row {
  name: string;
  wanted: string;
  latest: string;
  drift: Drift;
  published: string;
}

const argv = process.argv.slice(2);
function opt(flag: string, fallback?: string): string | undefined {
  const i = argv.indexOf(flag);
  return i >= 0 ? argv[i + 1] : fallback;
}

const manifestPath = opt("--manifest", "package.json")!;
const outPath = opt("--out");
const includeDev = argv.includes("--include-dev");
const publicRegistry = opt("--registry", "https://registry.npmjs.org")!.replace(/\/$/, "");

const here = dirname(fileURLToPath(import.meta.url));
const { scopes: privateScopes } = JSON.parse(
  await readFile(join(here, "..", "assets", "private-scopes.json"), "utf8"),
) as { scopes: string[] };

const privateRegistry = process.env.NPM_REGISTRY_URL?.replace(/\/$/, "");
const privateToken = process.env.NPM_REGISTRY_TOKEN;

function parse(v: string): [number, number, number] | null {
  const m = v.replace(/^[\^~>=<\s]+/, "").match(/^(\d+)\.(\d+)\.(\d+)/);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : null;
}

function drift(wanted: string, latest: string): Drift {
  const a = parse(wanted);
  const b = parse(latest);
  if (!a || !b) return "unknown";
  if (b[0] > a[0]) return "major";
  if (b[1] > a[1]) return "minor";
  if (b[2] > a[2]) return "patch";
  return "current";
}

async function lookup(name: string): Promise<{ latest: string; published: string }> {
  const scope = name.startsWith("@") ? name.split("/")[0] : "";
  const usePrivate = scope !== "" && privateScopes.includes(scope) && privateRegistry;
  const base = usePrivate ? privateRegistry! : publicRegistry;
  const headers: Record<string, string> = { Accept: "application/vnd.npm.install-v1+json; q=1.0, application/json" };
  if (usePrivate && privateToken) headers.Authorization = `Bearer ${privateToken}`;

  const res = await fetch(`${base}/${name.replace("/", "%2F")}`, { headers });
  if (!res.ok) throw new Error(`${name}: HTTP ${res.status}`);
  const meta = (await res.json()) as { "dist-tags": { latest: string }; time?: Record<string, string> };
  const latest = meta["dist-tags"].latest;
  return { latest, published: meta.time?.[latest]?.slice(0, 10) ?? "" };
}

const pkg = JSON.parse(await readFile(manifestPath, "utf8"));
const deps: Record<string, string> = {
  ...(pkg.dependencies ?? {}),
  ...(includeDev ? pkg.devDependencies ?? {} : {}),
};

const rows: Row[] = [];
const skipped: string[] = [];
for (const [name, wanted] of Object.entries(deps).sort()) {
  if (/^(workspace|file|link|git\+?|https?):/.test(wanted)) {
    skipped.push(`${name} (${wanted})`);
    continue;
  }
  try {
    const { latest, published } = await lookup(name);
    rows.push({ name, wanted, latest, drift: drift(wanted, latest), published });
  } catch (err) {
    rows.push({ name, wanted, latest: "?", drift: "unknown", published: String(err) });
  }
}

const count = (d: Drift) => rows.filter((r) => r.drift === d).length;
const lines = [
  `# Dependency freshness — ${pkg.name ?? manifestPath}`,
  "",
  "| Package | Wanted | Latest | Drift | Published |",
  "|---|---|---|---|---|",
  ...rows
    .filter((r) => r.drift !== "current")
    .map((r) => `| ${r.name} | ${r.wanted} | ${r.latest} | ${r.drift === "major" ? "**major**" : r.drift} | ${r.published} |`),
  "",
  `Summary: ${count("major")} major, ${count("minor")} minor, ${count("patch")} patch behind; ${count("current")} current.`,
];
if (skipped.length) lines.push("", "Skipped (non-registry specifiers):", ...skipped.map((s) => `- ${s}`));

const report = lines.join("\n") + "\n";
if (outPath) {
  await writeFile(outPath, report);
  console.log(`wrote ${outPath}`);
} else {
  process.stdout.write(report);
}
