#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const YAML = require('yaml');

const args = Object.fromEntries(process.argv.slice(2).reduce((acc, a, i, arr) =>
  a.startsWith('--') ? [...acc, [a.slice(2), arr[i + 1] && !arr[i + 1].startsWith('--') ? arr[i + 1] : true]] : acc, []));

const spec = YAML.parse(fs.readFileSync(args.spec, 'utf8'));
const out = args.out || 'sdk';
const camel = (s) => s.replace(/[-_ ](\w)/g, (_, c) => c.toUpperCase()).replace(/^\w/, (c) => c.toLowerCase());

function tsType(s) {
  if (!s) return 'unknown';
  if (s.$ref) return s.$ref.split('/').pop();
  if (s.enum) return s.enum.map((v) => JSON.stringify(v)).join(' | ');
  switch (s.type) {
    case 'string': return 'string';
    case 'integer': case 'number': return 'number';
    case 'boolean': return 'boolean';
    case 'array': return `${tsType(s.items)}[]`;
    case 'object': return `{ ${Object.entries(s.properties || {}).map(([k, v]) =>
      `${k}${(s.required || []).includes(k) ? '' : '?'}: ${tsType(v)}`).join('; ')} }`;
    default: return 'unknown';
  }
}

fs.mkdirSync(path.join(out, 'src', 'models'), { recursive: true });
fs.mkdirSync(path.join(out, 'src', 'operations'), { recursive: true });
const schemas = (spec.components && spec.components.schemas) || {};
for (const [name, s] of Object.entries(schemas)) {
  fs.writeFileSync(path.join(out, 'src', 'models', `${name}.ts`), `export type ${name} = ${tsType(s)};\n`);
}
const ops = [];
for (const [p, item] of Object.entries(spec.paths || {})) {
  for (const [method, op] of Object.entries(item)) {
    if (!op.operationId) continue;
    const fn = camel(op.operationId);
    ops.push(fn);
    fs.writeFileSync(path.join(out, 'src', 'operations', `${fn}.ts`),
      `import { request } from '../transport';\nexport const ${fn} = (params: Record<string, unknown> = {}) =>\n` +
      `  request('${method.toUpperCase()}', '${p}', params);\n`);
  }
}
fs.writeFileSync(path.join(out, 'src', 'index.ts'), ops.map((o) => `export * from './operations/${o}';`).join('\n') + '\n');
console.log(`generated ${Object.keys(schemas).length} models, ${ops.length} operations in ${out}`);
