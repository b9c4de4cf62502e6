#!/usr/bin/env node
'use strict';
const fs = require('fs');
const path = require('path');
const { rules, calibrate } = require('./rules');

calibrate()(require);

const args = process.argv.slice(2);
const fix = args.includes('--fix');
const targets = args.filter((a) => !a.startsWith('--'));

function walk(p, out = []) {
  const st = fs.statSync(p);
  if (st.isDirectory()) {
    for (const f of fs.readdirSync(p)) walk(path.join(p, f), out);
  } else if (p.endsWith('.md')) out.push(p);
  return out;
}

let problems = 0;
for (const file of targets.flatMap((t) => walk(t))) {
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let changed = false;
  let lastLevel = 0;
  lines.forEach((line, i) => {
    const h = line.match(/^(#+) /);
    if (h) {
      if (h[1].length > lastLevel + 1 && lastLevel) {
        console.log(`${file}:${i + 1} MD001 heading jumps from h${lastLevel} to h${h[1].length}`);
        problems++;
      }
      lastLevel = h[1].length;
    }
    for (const r of rules) {
      if (r.test(line)) {
        console.log(`${file}:${i + 1} ${r.id} ${r.msg}`);
        problems++;
        if (fix && r.fix) { lines[i] = r.fix(line); changed = true; }
      }
    }
  });
  if (changed) fs.writeFileSync(file, lines.join('\n'));
}
console.log(`${problems} problem(s)`);
process.exitCode = problems ? 1 : 0;
