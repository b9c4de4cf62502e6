#!/usr/bin/env node
// Supply-chain policy check for package-lock.json v3. Mostly offline.
import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';

const args = process.argv.slice(2);
const base = args[args.indexOf('--base') + 1] || 'origin/main';

const ALLOWED_INSTALL_SCRIPTS = new Set(['esbuild', 'sharp', '@swc/core', 'better-sqlite3']);
const POPULAR = ['lodash', 'react', 'express', 'cross-env', 'axios', 'chalk', 'commander', 'debug',
  'request', 'moment', 'webpack', 'typescript', 'eslint', 'dotenv', 'uuid', 'colors', 'jsonwebtoken'];
const ALLOWED_HOSTS = ['https://registry.npmjs.org/', 'https://artifactory.int.example.com/api/npm/'];
const OUR_SCOPE = '@acme';

const lev = (a, b) => {
  const d = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0][j] = j;
  for (let i = 1; i <= a.length; i++) for (let j = 1; j <= b.length; j++)
    d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return d[a.length][b.length];
};

const pkgs = (lock) => Object.entries(lock.packages || {})
  .filter(([p]) => p.startsWith('node_modules/'))
  .map(([p, meta]) => ({ name: p.split('node_modules/').pop(), ...meta }));

const head = JSON.parse(readFileSync('package-lock.json', 'utf8'));
let baseLock = { packages: {} };
try { baseLock = JSON.parse(execFileSync('git', ['show', `${base}:package-lock.json`], { encoding: 'utf8' })); } catch {}
const before = new Set(pkgs(baseLock).map((p) => `${p.name}@${p.version}`));
const added = pkgs(head).filter((p) => !before.has(`${p.name}@${p.version}`));

const findings = [];
const flag = (level, p, msg) => findings.push({ level, pkg: `${p.name}@${p.version}`, msg });

for (const p of added) {
  if (!p.integrity) flag('BLOCK', p, 'missing integrity hash');
  if (p.resolved && !ALLOWED_HOSTS.some((h) => p.resolved.startsWith(h))) flag('BLOCK', p, `non-registry source ${p.resolved}`);
  if (p.hasInstallScript && !ALLOWED_INSTALL_SCRIPTS.has(p.name) && !p.name.startsWith(`${OUR_SCOPE}/`))
    flag('REVIEW', p, 'has install script (preinstall/install/postinstall)');
  const bare = p.name.replace(/^@[^/]+\//, '');
  for (const pop of POPULAR) {
    const dist = lev(bare, pop);
    if (bare !== pop && dist > 0 && dist <= 2 && bare.length > 3) flag('BLOCK', p, `possible typosquat of "${pop}"`);
  }
  if (/^@acme[-_]?(corp|inc|io)\//.test(p.name)) flag('BLOCK', p, `scope confusion (ours is ${OUR_SCOPE})`);
}

// Publish-age check for direct deps only (one `npm view` per new direct dependency).
const direct = new Set(Object.keys({ ...(head.packages[''].dependencies || {}), ...(head.packages[''].devDependencies || {}) }));
for (const p of added.filter((x) => direct.has(x.name))) {
  try {
    const t = JSON.parse(execFileSync('npm', ['view', `${p.name}@${p.version}`, 'time', '--json'], { encoding: 'utf8' }));
    const hours = (Date.now() - Date.parse(t[p.version])) / 36e5;
    if (hours < 72) flag('WARN', p, `published ${hours.toFixed(0)}h ago`);
  } catch { flag('WARN', p, 'could not fetch publish time'); }
}

for (const f of findings) console.log(`${f.level.padEnd(6)} ${f.pkg.padEnd(40)} ${f.msg}`);
console.log(`\n${added.length} new/changed packages, ${findings.length} findings`);
process.exit(findings.some((f) => f.level === 'BLOCK') ? 1 : 0);
