#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { extractKeys } = require('../lib/extract');
const { categoriesFor } = require('../lib/plural');

const args = process.argv.slice(2);
const src = args[0] || 'src';
const localesDir = args[1] || 'locales';
const write = args.includes('--write');

const keys = extractKeys(path.resolve(src));
const report = { missing: {}, unused: {}, pluralGaps: {} };

for (const f of fs.existsSync(localesDir) ? fs.readdirSync(localesDir) : []) {
  if (!f.endsWith('.json')) continue;
  const locale = path.basename(f, '.json');
  const file = path.join(localesDir, f);
  const cat = JSON.parse(fs.readFileSync(file, 'utf8'));
  const need = categoriesFor(locale);
  report.missing[locale] = [];
  report.pluralGaps[locale] = [];
  for (const [k, info] of keys) {
    if (info.plural) {
      const gaps = need.filter((c) => !(`${k}_${c}` in cat));
      if (gaps.length) report.pluralGaps[locale].push({ key: k, categories: gaps });
    } else if (!(k in cat)) {
      report.missing[locale].push(k);
      if (write) cat[k] = '';
    }
  }
  report.unused[locale] = Object.keys(cat).filter((k) => !keys.has(k.replace(/_(zero|one|two|few|many|other)$/, '')));
  if (write) fs.writeFileSync(file, JSON.stringify(cat, null, 2) + '\n');
}

console.log(JSON.stringify({ keys: keys.size, ...report }, null, 2));
