'use strict';
const fs = require('fs');
const path = require('path');

const CALL_RE = /\b(?:t|i18n\.t|\$t|translate)\(\s*(['"`])([^'"`]+?)\1(?:\s*,\s*\{([^}]*)\})?/g;
const EXT = new Set(['.js', '.jsx', '.ts', '.tsx', '.vue', '.svelte']);
const SKIP = new Set(['node_modules', 'dist', 'build', '.git', 'coverage']);

function* walk(dir) {
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    if (SKIP.has(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) yield* walk(p);
    else if (EXT.has(path.extname(e.name))) yield p;
  }
}

function extractKeys(root) {
  const keys = new Map();
  for (const file of walk(root)) {
    const src = fs.readFileSync(file, 'utf8');
    let m;
    while ((m = CALL_RE.exec(src))) {
      const key = m[2];
      const plural = /\bcount\s*:/.test(m[3] || '');
      const line = src.slice(0, m.index).split('\n').length;
      const entry = keys.get(key) || { plural: false, refs: [] };
      entry.plural = entry.plural || plural;
      entry.refs.push(`${path.relative(root, file)}:${line}`);
      keys.set(key, entry);
    }
  }
  return keys;
}

module.exports = { extractKeys };
