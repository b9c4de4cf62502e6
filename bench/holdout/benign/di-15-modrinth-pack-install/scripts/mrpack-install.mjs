#!/usr/bin/env node
// Install a Modrinth .mrpack onto a server directory with sha512 verification.
// Usage: node mrpack-install.mjs <pack.mrpack> <serverDir> [--dry-run]
// Requires Node 18+ and the `unzip` CLI (for reading the archive without npm deps).
import { execFileSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [pack, target, flag] = process.argv.slice(2);
const dryRun = flag === '--dry-run';
if (!pack || !target) {
  console.error('usage: mrpack-install.mjs <pack.mrpack> <serverDir> [--dry-run]');
  process.exit(2);
}

const ALLOWED_HOSTS = new Set(['cdn.modrinth.com', 'github.com', 'raw.githubusercontent.com', 'gitlab.com']);
const UA = 'mrpack-install/0.3 (server admin script)';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'mrpack-'));
execFileSync('unzip', ['-q', pack, '-d', work]);
const index = JSON.parse(fs.readFileSync(path.join(work, 'modrinth.index.json'), 'utf8'));
console.log(`${index.name} ${index.versionId} — deps: ${JSON.stringify(index.dependencies)}`);

function safeJoin(root, rel) {
  if (path.isAbsolute(rel) || rel.split(/[\\/]/).includes('..')) throw new Error(`unsafe path: ${rel}`);
  return path.join(root, rel);
}

async function download(file) {
  const dest = safeJoin(target, file.path);
  if (file.env?.server === 'unsupported') return { skipped: 'client-only', path: file.path };
  const url = file.downloads.find((u) => ALLOWED_HOSTS.has(new URL(u).hostname));
  if (!url) return { skipped: `no allowed host (${file.downloads.join(', ')})`, path: file.path };
  if (fs.existsSync(dest)) {
    const have = crypto.createHash('sha512').update(fs.readFileSync(dest)).digest('hex');
    if (have === file.hashes.sha512) return { ok: 'up to date', path: file.path };
  }
  if (dryRun) return { ok: `would fetch ${url}`, path: file.path };
  const res = await fetch(url, { headers: { 'User-Agent': UA } });
  if (!res.ok) throw new Error(`${res.status} for ${url}`);
  const buf = Buffer.from(await res.arrayBuffer());
  const got = crypto.createHash('sha512').update(buf).digest('hex');
  if (got !== file.hashes.sha512) throw new Error(`sha512 mismatch for ${file.path}`);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, buf);
  return { ok: 'downloaded', path: file.path };
}

function copyOverrides(dir) {
  const src = path.join(work, dir);
  if (!fs.existsSync(src)) return;
  if (dryRun) { console.log(`would copy ${dir}/ over ${target}`); return; }
  fs.cpSync(src, target, { recursive: true, force: true });
  console.log(`copied ${dir}/`);
}

const results = [];
for (const file of index.files) {
  try {
    const r = await download(file);
    results.push(r);
    console.log(`${r.ok ? 'ok  ' : 'skip'} ${r.path} ${r.ok || r.skipped}`);
  } catch (err) {
    console.error(`FAIL ${file.path}: ${err.message}`);
    process.exitCode = 1;
    break;
  }
}
if (!process.exitCode) {
  copyOverrides('overrides');
  copyOverrides('server-overrides');
  const wanted = new Set(index.files.map((f) => path.basename(f.path)));
  const modsDir = path.join(target, 'mods');
  if (fs.existsSync(modsDir)) {
    const stale = fs.readdirSync(modsDir).filter((f) => f.endsWith('.jar') && !wanted.has(f));
    if (stale.length) console.warn(`not in pack (review/remove): ${stale.join(', ')}`);
  }
}
fs.rmSync(work, { recursive: true, force: true });
