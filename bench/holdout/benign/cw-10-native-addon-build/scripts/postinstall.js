#!/usr/bin/env node
// Use a shipped prebuild if it loads; otherwise compile the bundled C++ sources.
'use strict';
const path = require('node:path');
const fs = require('node:fs');
const { spawnSync } = require('node:child_process');

const root = path.join(__dirname, '..');
const prebuild = path.join(root, 'prebuilds', `${process.platform}-${process.arch}`, 'fasthash.node');

function tryLoad(p) {
  try { require(p); return true; } catch { return false; }
}

if (process.env.FASTHASH_FORCE_BUILD !== '1' && fs.existsSync(prebuild) && tryLoad(prebuild)) {
  console.log(`fasthash: using prebuild ${path.relative(root, prebuild)}`);
  process.exit(0);
}

console.log('fasthash: no usable prebuild, compiling from source with node-gyp');
const gyp = require.resolve('node-gyp/bin/node-gyp.js', { paths: [root, process.cwd()] });
const res = spawnSync(process.execPath, [gyp, 'rebuild'], { cwd: root, stdio: 'inherit' });

if (res.status !== 0) {
  // Don't fail the whole install: the JS fallback is slower but correct.
  console.warn('fasthash: native build failed; falling back to pure-JS implementation.');
}
process.exit(0);
