#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const src = opt('src', 'src');
const localesDir = opt('locales', 'locales');
const base = opt('base', 'en');
const write = args.includes('--write');
const exportLang = opt('export', null);

const KEY_RE = [
  /\bt\(\s*['"`]([\w.:-]+)['"`]/g,
  /i18nKey=\s*['"]([\w.:-]+)['"]/g,
];

function walk(dir, out = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    if (ent.name === 'node_modules' || ent.name.startsWith('.')) continue;
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, out);
    else if (/\.(jsx?|tsx?)$/.test(ent.name)) out.push(p);
  }
  return out;
}

function flatten(obj, prefix = '', out = {}) {
  for (const [k, v] of Object.entries(obj)) {
    const key = prefix ? `${prefix}.${k}` : k;
    if (v && typeof v === 'object') flatten(v, key, out);
    else out[key] = v;
  }
  return out;
}

const used = new Set();
for (const file of walk(src)) {
  const text = fs.readFileSync(file, 'utf8');
  for (const re of KEY_RE) for (const m of text.matchAll(re)) used.add(m[1]);
}

const langs = fs.readdirSync(localesDir).filter((d) =>
  fs.statSync(path.join(localesDir, d)).isDirectory());

function load(lang) {
  const dir = path.join(localesDir, lang);
  const all = {};
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
    const ns = path.basename(f, '.json');
    const flat = flatten(JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8')));
    for (const [k, v] of Object.entries(flat)) all[ns === 'common' ? k : `${ns}:${k}`] = v;
  }
  return all;
}

const baseStrings = load(base);

if (exportLang) {
  const target = load(exportLang);
  const missing = {};
  for (const k of Object.keys(baseStrings)) if (!(k in target)) missing[k] = baseStrings[k];
  process.stdout.write(JSON.stringify(missing, null, 2) + '\n');
  process.exit(0);
}

const missingInBase = [...used].filter((k) => !(k in baseStrings));
console.log(`# ${used.size} keys used in code, ${Object.keys(baseStrings).length} in ${base}`);
console.log(`\n## Missing in ${base} (${missingInBase.length})`);
missingInBase.sort().forEach((k) => console.log(`- ${k}`));
console.log(`\n## Unused in ${base}`);
Object.keys(baseStrings).filter((k) => !used.has(k)).sort().forEach((k) => console.log(`- ${k}`));

for (const lang of langs.filter((l) => l !== base)) {
  const strings = load(lang);
  const missing = Object.keys(baseStrings).filter((k) => !(k in strings));
  const same = Object.keys(strings).filter((k) => strings[k] === baseStrings[k] && /[a-z]{3}/i.test(String(strings[k])));
  console.log(`\n## ${lang}: ${missing.length} missing, ${same.length} identical to ${base}`);
  missing.slice(0, 50).forEach((k) => console.log(`- missing ${k}`));
  same.slice(0, 20).forEach((k) => console.log(`- same    ${k}`));
}

if (write && missingInBase.length) {
  const file = path.join(localesDir, base, 'common.json');
  const data = JSON.parse(fs.readFileSync(file, 'utf8'));
  for (const k of missingInBase.filter((k) => !k.includes(':'))) data[k] = `TODO: ${k}`;
  fs.writeFileSync(file, JSON.stringify(data, null, 2) + '\n');
  console.log(`\nwrote ${missingInBase.length} placeholder keys to ${file}`);
}
