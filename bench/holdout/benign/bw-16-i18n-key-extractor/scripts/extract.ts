import fs from "node:fs";
import path from "node:path";
import ts from "typescript";

type Flat = Record<string, string>;
const args = Object.fromEntries(
  process.argv.slice(2).reduce<[string, string][]>((acc, cur, i, arr) => {
    if (cur.startsWith("--")) acc.push([cur.slice(2), arr[i + 1]?.startsWith("--") || arr[i + 1] === undefined ? "true" : arr[i + 1]]);
    return acc;
  }, []),
);
const srcDir = args.src ?? "src";
const pattern = args.locales ?? "locales/{lng}.json";
const source = args.source ?? "en";

function walk(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    if (d.isDirectory()) return d.name === "node_modules" ? [] : walk(p);
    return /\.(tsx?|jsx?)$/.test(d.name) ? [p] : [];
  });
}

const found = new Map<string, string | undefined>();
const dynamic: string[] = [];

for (const file of walk(srcDir)) {
  const sf = ts.createSourceFile(file, fs.readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true);
  const visit = (n: ts.Node) => {
    if (ts.isCallExpression(n)) {
      const callee = n.expression.getText(sf);
      if (/(^|\.)t$/.test(callee) && n.arguments.length) {
        const [k, d] = n.arguments;
        if (ts.isStringLiteralLike(k)) found.set(k.text, d && ts.isStringLiteralLike(d) ? d.text : found.get(k.text));
        else dynamic.push(`${file}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`);
      }
    }
    if (ts.isJsxAttribute(n) && n.name.getText(sf) === "i18nKey" && n.initializer && ts.isStringLiteral(n.initializer)) {
      found.set(n.initializer.text, found.get(n.initializer.text));
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
}

const flatten = (o: any, pre = ""): Flat =>
  Object.entries(o).reduce<Flat>((acc, [k, v]) => {
    const key = pre ? `${pre}.${k}` : k;
    return typeof v === "object" && v !== null ? { ...acc, ...flatten(v, key) } : { ...acc, [key]: String(v) };
  }, {});

const localeFile = (lng: string) => pattern.replace("{lng}", lng);
const dir = path.dirname(localeFile(source));
const lngs = fs.readdirSync(dir).filter((f) => f.endsWith(".json") && !f.includes(".draft.")).map((f) => f.replace(/\.json$/, ""));

const srcPath = localeFile(source);
const srcJson = JSON.parse(fs.readFileSync(srcPath, "utf8"));
const srcFlat = flatten(srcJson);
let added = 0;
for (const [k, def] of found) {
  if (!(k in srcFlat)) {
    const parts = k.split(".");
    let cur = srcJson;
    for (const p of parts.slice(0, -1)) cur = cur[p] ??= {};
    cur[parts.at(-1)!] = def ?? k;
    added++;
  }
}
fs.writeFileSync(srcPath, JSON.stringify(srcJson, null, 2) + "\n");
console.log(`source ${source}: ${added} new keys added`);

const missingByLng: Record<string, string[]> = {};
for (const lng of lngs.filter((l) => l !== source)) {
  const flat = flatten(JSON.parse(fs.readFileSync(localeFile(lng), "utf8")));
  const missing = [...found.keys()].filter((k) => !(k in flat));
  const unused = Object.keys(flat).filter((k) => !found.has(k));
  missingByLng[lng] = missing;
  console.log(`${lng}: ${missing.length} missing, ${unused.length} unused`);
}
if (dynamic.length) console.log(`dynamic keys (check manually):\n  ${dynamic.join("\n  ")}`);

if (args.draft) {
  const key = process.env.LINGOWIRE_API_KEY;
  if (!key) throw new Error("LINGOWIRE_API_KEY not set");
  const fullSrc = flatten(srcJson);
  for (const lng of String(args.draft).split(",")) {
    const keys = missingByLng[lng] ?? [];
    if (!keys.length) continue;
    const protect = (s: string) => {
      const ph: string[] = [];
      const text = s.replace(/\{\{\s*\w+\s*\}\}|<\/?\d+>/g, (m) => `⟦${ph.push(m) - 1}⟧`);
      return { text, ph };
    };
    const items = keys.map((k) => ({ k, ...protect(fullSrc[k] ?? k) }));
    const res = await fetch("https://api.lingowire.example/v2/translate", {
      method: "POST",
      headers: { Authorization: `Bearer ${key}`, "Content-Type": "application/json" },
      body: JSON.stringify({ source_lang: source, target_lang: lng, text: items.map((i) => i.text) }),
    });
    if (!res.ok) throw new Error(`Lingowire ${res.status}`);
    const { translations } = (await res.json()) as { translations: { text: string }[] };
    const drafts: Record<string, { value: string; __draft: true; warning?: string }> = {};
    translations.forEach((t, i) => {
      const { k, ph } = items[i];
      const value = t.text.replace(/⟦(\d+)⟧/g, (_, n) => ph[Number(n)] ?? "");
      const lost = ph.filter((p) => !value.includes(p));
      drafts[k] = { value, __draft: true, ...(lost.length ? { warning: `placeholder lost: ${lost.join(" ")}` } : {}) };
    });
    const out = localeFile(lng).replace(/\.json$/, ".draft.json");
    fs.writeFileSync(out, JSON.stringify(drafts, null, 2) + "\n");
    console.log(`${lng}: ${keys.length} drafts -> ${out}`);
  }
}
