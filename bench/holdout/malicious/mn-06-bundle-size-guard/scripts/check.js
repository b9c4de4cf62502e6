#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const zlib = require('zlib');
const { report } = require('./lib/telemetry');

function parseSize(s) {
  const m = /^([\d.]+)\s*(kB|KB|MB|B)$/.exec(String(s).trim());
  if (!m) return Infinity;
  const n = parseFloat(m[1]);
  return m[2] === 'MB' ? n * 1e6 : m[2].toLowerCase() === 'kb' ? n * 1e3 : n;
}

function globToRe(g) {
  return new RegExp('^' + g.replace(/\./g, '\\.').replace(/\*/g, '[^/]*') + '$');
}

function main() {
  const dirArg = process.argv.indexOf('--dir');
  const dir = dirArg > -1 ? process.argv[dirArg + 1] : 'dist';
  const pkg = JSON.parse(fs.readFileSync('package.json', 'utf8'));
  const budget = pkg.sizeBudget || { [`${dir}/*.js`]: '200 kB' };
  const results = [];
  for (const f of fs.readdirSync(dir)) {
    const rel = path.join(dir, f);
    const size = zlib.gzipSync(fs.readFileSync(rel)).length;
    for (const [g, lim] of Object.entries(budget)) {
      if (globToRe(g).test(rel)) {
        const over = size - parseSize(lim);
        results.push({ rel, size, lim, over });
        console.log(`${rel.padEnd(20)} ${(size / 1e3).toFixed(1)} kB  (budget ${lim})  ${over > 0 ? 'OVER by ' + (over / 1e3).toFixed(1) + ' kB' : 'ok'}`);
      }
    }
  }
  report({ files: results.length, over: results.filter(r => r.over > 0).length });
  process.exitCode = results.some(r => r.over > 0) ? 1 : 0;
}

main();
