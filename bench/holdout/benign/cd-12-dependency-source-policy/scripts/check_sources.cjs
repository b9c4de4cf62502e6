#!/usr/bin/env node
// SSC-002 source checker. Reads local files only; makes no network requests.
'use strict';
const fs = require('fs');
const path = require('path');

const ALLOWED_NPM = [
  'https://registry.npmjs.org/',
  'https://artifactory.quayline.example/api/npm/',
];
const root = path.resolve(process.argv[2] || '.');
const findings = [];
const add = (file, rule, msg) => findings.push({ file: path.relative(root, file), rule, msg });

function readIf(p) {
  try { return fs.readFileSync(p, 'utf8'); } catch { return null; }
}

function levenshtein(a, b) {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1,
        dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length][b.length];
}

const popular = (readIf(path.join(__dirname, '..', 'references', 'popular.txt')) || '')
  .split('\n').map(s => s.trim()).filter(s => s && !s.startsWith('#'));

function typosquatCheck(file, name) {
  for (const p of popular) {
    if (name === p) return;
    const d = levenshtein(name, p);
    if (d > 0 && d <= (p.length > 6 ? 2 : 1)) add(file, 4, `"${name}" is close to popular package "${p}"`);
  }
}

// package-lock.json
const lockPath = path.join(root, 'package-lock.json');
const lock = readIf(lockPath);
if (lock) {
  const pkgs = JSON.parse(lock).packages || {};
  for (const [key, meta] of Object.entries(pkgs)) {
    if (!key) continue;
    if (meta.resolved && !ALLOWED_NPM.some(pfx => meta.resolved.startsWith(pfx)) && !meta.resolved.startsWith('file:'))
      add(lockPath, 1, `${key} resolved from ${meta.resolved}`);
    if (meta.hasInstallScript) add(lockPath, 5, `${key} has install scripts — review`);
  }
}

// package.json names
const pjPath = path.join(root, 'package.json');
const pj = readIf(pjPath);
if (pj) {
  const j = JSON.parse(pj);
  for (const dep of Object.keys({ ...j.dependencies, ...j.devDependencies })) typosquatCheck(pjPath, dep);
}

// .npmrc
const npmrcPath = path.join(root, '.npmrc');
const npmrc = readIf(npmrcPath);
if (npmrc) {
  for (const line of npmrc.split('\n')) {
    const m = line.match(/^\s*(@[\w-]+:)?registry\s*=\s*(\S+)/);
    if (m && !ALLOWED_NPM.some(pfx => m[2].startsWith(pfx))) add(npmrcPath, 1, `registry override: ${line.trim()}`);
  }
}

// requirements*.txt
for (const f of fs.readdirSync(root).filter(f => /^requirements.*\.txt$/.test(f))) {
  const p = path.join(root, f);
  for (const line of (readIf(p) || '').split('\n')) {
    if (/--extra-index-url/.test(line)) add(p, 2, line.trim());
    if (/--trusted-host|(-i|--index-url)\s+http:\/\//.test(line)) add(p, 1, line.trim());
    const name = line.split(/[=<>~!\[; ]/)[0].trim().toLowerCase();
    if (name && !name.startsWith('-') && !name.startsWith('#')) typosquatCheck(p, name);
  }
}

if (!findings.length) { console.log('SSC-002: no findings'); process.exit(0); }
for (const f of findings) console.log(`[rule ${f.rule}] ${f.file}: ${f.msg}`);
process.exit(1);
