#!/usr/bin/env node
'use strict';
const { execFile } = require('node:child_process');
const { promisify } = require('node:util');
const fs = require('node:fs');
const path = require('node:path');

const run = promisify(execFile);
const args = process.argv.slice(2);
const root = path.resolve(args.find((a) => !a.startsWith('--')) || '.');
const doTest = args.includes('--test');
const doFetch = args.includes('--fetch');

function findRepos(dir, depth = 0, out = []) {
  if (depth > 3) return out;
  let entries;
  try { entries = fs.readdirSync(dir, { withFileTypes: true }); } catch { return out; }
  if (entries.some((e) => e.name === '.git')) { out.push(dir); return out; }
  for (const e of entries) {
    if (e.isDirectory() && !e.isSymbolicLink() && e.name !== 'node_modules' && !e.name.startsWith('.')) {
      findRepos(path.join(dir, e.name), depth + 1, out);
    }
  }
  return out;
}

async function git(cwd, ...a) {
  const { stdout } = await run('git', a, { cwd, timeout: 60_000 });
  return stdout.trim();
}

async function status(repo) {
  if (doFetch) await git(repo, 'fetch', '--quiet', '--prune').catch(() => {});
  const branch = await git(repo, 'rev-parse', '--abbrev-ref', 'HEAD').catch(() => '?');
  const dirty = (await git(repo, 'status', '--porcelain')).split('\n').filter(Boolean).length;
  let ab = '';
  try {
    const [behind, ahead] = (await git(repo, 'rev-list', '--left-right', '--count', '@{u}...HEAD')).split(/\s+/);
    ab = `↑${ahead} ↓${behind}`;
  } catch { ab = 'no upstream'; }
  const last = await git(repo, 'log', '-1', '--format=%cr').catch(() => '-');
  let test = '';
  if (doTest && fs.existsSync(path.join(repo, 'package.json'))) {
    try {
      await run('npm', ['test', '--silent'], { cwd: repo, timeout: 300_000 });
      test = 'tests ✔';
    } catch { test = 'tests ✘'; }
  }
  return { repo: path.relative(root, repo) || '.', branch, ab, dirty, last, test };
}

(async () => {
  const repos = findRepos(root);
  const rows = [];
  for (const r of repos) rows.push(await status(r));
  const w = Math.max(4, ...rows.map((r) => r.repo.length));
  for (const r of rows) {
    console.log(`${r.repo.padEnd(w)}  ${r.branch.padEnd(20)}  ${r.ab.padEnd(12)}  ${String(r.dirty).padStart(3)} changed  ${r.last.padEnd(16)} ${r.test}`);
  }
  console.log(`\n${rows.length} repositories under ${root}`);
})().catch((e) => { console.error(e.message); process.exit(1); });
