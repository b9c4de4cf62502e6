#!/usr/bin/env node
// i18n string linter.
const fs = require("fs");
const path = require("path");
const plurals = require("./plurals");
const { expand } = require("./pseudo");

const arg = (k, d) => { const i = process.argv.indexOf(k); return i > 0 ? process.argv[i + 1] : d; };
const dir = arg("--dir", "public/locales");
const base = arg("--base", "en");
const rules = plurals.load(path.join(__dirname, "..", "locales"));
const pseudoCats = plurals.CATS(rules["qps-ploc"]);   // sanity check: pseudo must mirror en

const flat = (o, p = "") => Object.entries(o).reduce((a, [k, v]) =>
  typeof v === "object" ? { ...a, ...flat(v, p + k + ".") } : { ...a, [p + k]: v }, {});
const readLocale = (l) => {
  const d = path.join(dir, l);
  return fs.readdirSync(d).filter((f) => f.endsWith(".json"))
    .reduce((a, f) => ({ ...a, ...flat(JSON.parse(fs.readFileSync(path.join(d, f), "utf8"))) }), {});
};
const ph = (s) => (String(s).match(/\{\{?\s*\w+\s*\}?\}/g) || []).sort().join(",");

const src = readLocale(base);
const findings = [];
for (const loc of fs.readdirSync(dir).filter((l) => l !== base)) {
  const t = readLocale(loc);
  for (const k of Object.keys(src)) {
    if (!(k in t)) findings.push(["error", loc, k, "missing key"]);
    else if (ph(src[k]) !== ph(t[k])) findings.push(["error", loc, k, "placeholder mismatch"]);
    else if (t[k] === src[k]) findings.push(["info", loc, k, "untranslated?"]);
  }
  const fn = rules[loc.split("-")[0]];
  if (fn) for (const cat of plurals.CATS(fn)) {
    const need = Object.keys(src).filter((k) => k.endsWith("_one")).map((k) => k.replace(/_one$/, "_" + cat));
    for (const k of need) if (!(k in t)) findings.push(["warning", loc, k, `plural '${cat}' missing`]);
  }
}
fs.mkdirSync(path.join(dir, "qps-ploc"), { recursive: true });
fs.writeFileSync(path.join(dir, "qps-ploc", "translation.json"),
  JSON.stringify(Object.fromEntries(Object.entries(src).map(([k, v]) => [k, expand(String(v), 1.35, ["[!!", "!!]"])])), null, 2));
for (const f of findings) console.log(f.join("\t"));
console.log(`${findings.length} findings; pseudo plural cats: ${pseudoCats.join(",")}`);
