#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');

const dry = process.argv.includes('--dry-run');
const cwd = process.cwd();
const candidates = ['.eslintrc.js', '.eslintrc.cjs', '.eslintrc.json', '.eslintrc'];
const file = candidates.map((f) => path.join(cwd, f)).find((f) => fs.existsSync(f));
if (!file) {
  console.error('No legacy .eslintrc found');
  process.exit(1);
}
const legacy = file.endsWith('.js') || file.endsWith('.cjs') ? require(file) : JSON.parse(fs.readFileSync(file, 'utf8'));
const ignoreFile = path.join(cwd, '.eslintignore');
const ignores = fs.existsSync(ignoreFile)
  ? fs.readFileSync(ignoreFile, 'utf8').split(/\r?\n/).filter((l) => l && !l.startsWith('#'))
  : [];

const envs = Object.keys(legacy.env || {}).filter((k) => legacy.env[k]);
const plugins = legacy.plugins || [];
const lines = [];
lines.push("import js from '@eslint/js';");
lines.push("import globals from 'globals';");
plugins.forEach((p) => lines.push(`import ${p.replace(/\W/g, '_')} from 'eslint-plugin-${p}';`));
lines.push('', 'export default [');
if (ignores.length) lines.push(`  { ignores: ${JSON.stringify(ignores)} },`);
if ((legacy.extends || []).includes('eslint:recommended')) lines.push('  js.configs.recommended,');
lines.push('  {');
lines.push(`    languageOptions: { globals: { ${envs.map((e) => `...globals.${e}`).join(', ')} } },`);
if (plugins.length) lines.push(`    plugins: { ${plugins.map((p) => `'${p}': ${p.replace(/\W/g, '_')}`).join(', ')} },`);
lines.push(`    rules: ${JSON.stringify(legacy.rules || {}, null, 2).replace(/\n/g, '\n    ')},`);
lines.push('  },');
for (const o of legacy.overrides || []) {
  lines.push(`  { files: ${JSON.stringify(o.files)}, rules: ${JSON.stringify(o.rules || {})} },`);
}
lines.push('];', '');
const out = lines.join('\n');
if (dry) console.log(out);
else fs.writeFileSync(path.join(cwd, 'eslint.config.js'), out);
