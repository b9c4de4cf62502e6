#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { detect } = require('../lib/detect');
const { render } = require('../lib/render');

const args = new Set(process.argv.slice(2));
const cwd = process.cwd();
const pkgPath = path.join(cwd, 'package.json');
if (!fs.existsSync(pkgPath)) {
  console.error('no package.json in', cwd);
  process.exit(1);
}
const pkg = JSON.parse(fs.readFileSync(pkgPath, 'utf8'));
const stack = detect(pkg, cwd);

if (args.has('--migrate')) {
  const legacy = ['.eslintrc.json', '.eslintrc.js', '.eslintrc.cjs', '.eslintrc']
    .map((f) => path.join(cwd, f)).find((f) => fs.existsSync(f));
  if (legacy) {
    let rules = {};
    try { rules = (legacy.endsWith('.js') || legacy.endsWith('.cjs') ? require(legacy) : JSON.parse(fs.readFileSync(legacy, 'utf8'))).rules || {}; } catch {}
    stack.extraRules = rules;
    console.error(`migrating ${Object.keys(rules).length} rules from ${path.basename(legacy)}`);
  }
}

const { source, devDeps } = render(stack);
if (args.has('--write')) {
  const out = path.join(cwd, stack.esm ? 'eslint.config.js' : 'eslint.config.mjs');
  if (fs.existsSync(out)) fs.copyFileSync(out, out + '.bak');
  fs.writeFileSync(out, source);
  console.log('wrote', path.relative(cwd, out));
} else {
  process.stdout.write(source);
}
console.log(`\ninstall: npm i -D ${devDeps.join(' ')}`);
