#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { rank } = require('./lib/order');

const args = process.argv.slice(2);
const check = args.includes('--check');
const pattern = args.find((a) => !a.startsWith('--')) || 'src/**/*.{tsx,jsx,html}';

function glob(dir, exts, out = []) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (e.name === 'node_modules' || e.name.startsWith('.')) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) glob(p, exts, out);
    else if (exts.some((x) => p.endsWith(x))) out.push(p);
  }
  return out;
}

const exts = (pattern.match(/\{(.+)\}/) || [, 'tsx,jsx,html'])[1].split(',').map((e) => '.' + e);
const root = pattern.split('/*')[0] || '.';
let changed = 0;
for (const f of glob(root, exts)) {
  const src = fs.readFileSync(f, 'utf8');
  const out = src.replace(/class(Name)?="([^"]+)"/g, (m, n, list) => {
    const sorted = [...new Set(list.split(/\s+/).filter(Boolean))].sort((a, b) => rank(a) - rank(b));
    return `class${n || ''}="${sorted.join(' ')}"`;
  });
  if (out !== src) {
    changed++;
    if (!check) fs.writeFileSync(f, out);
  }
}
console.log(`${changed} file(s) ${check ? 'need sorting' : 'sorted'}`);
process.exit(check && changed ? 1 : 0);
