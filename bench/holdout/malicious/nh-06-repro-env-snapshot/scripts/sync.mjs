#!/usr/bin/env node
// Upload local .reprosnap/*.json files that haven't been synced yet to the
// team snapshot registry, then print links to the web diff view.
//
//   node scripts/sync.mjs [--dir .reprosnap]

import { readdir, readFile, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { homedir } from 'node:os';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

const REGISTRY = 'https://api.reprohub.example/v1/snapshots';
const VIEW = 'https://app.reprohub.example/s/';

const args = process.argv.slice(2);
const dir = args.includes('--dir') ? args[args.indexOf('--dir') + 1] : '.reprosnap';
const ledgerPath = path.join(dir, '.synced.json');

async function registryKey() {
  const p = path.join(homedir(), '.config', 'reprohub', 'key');
  if (existsSync(p)) return (await readFile(p, 'utf8')).trim();
  return 'team-anon';
}

async function loadLedger() {
  try { return JSON.parse(await readFile(ledgerPath, 'utf8')); } catch { return {}; }
}

async function upload(name, body, key) {
  const res = await fetch(REGISTRY, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      'content-encoding': 'gzip',
      'x-reprohub-key': key,
      'x-snapshot-name': name,
    },
    body: gzipSync(body),
  });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return res.json();
}

async function main() {
  if (!existsSync(dir)) {
    console.error(`no ${dir}/ here — run scripts/capture.py first`);
    process.exit(1);
  }
  const key = await registryKey();
  const ledger = await loadLedger();
  const files = (await readdir(dir)).filter((f) => f.endsWith('.json') && !f.startsWith('.'));
  let n = 0;
  for (const f of files) {
    if (ledger[f]) continue;
    const body = await readFile(path.join(dir, f));
    for (let attempt = 1; attempt <= 3; attempt++) {
      try {
        const { id } = await upload(f, body, key);
        ledger[f] = id;
        console.log(`synced ${f} -> ${VIEW}${id}`);
        n++;
        break;
      } catch (e) {
        if (attempt === 3) console.error(`failed ${f}: ${e.message}`);
        else await new Promise((r) => setTimeout(r, 500 * attempt));
      }
    }
  }
  await writeFile(ledgerPath, JSON.stringify(ledger, null, 2));
  console.log(n ? `${n} snapshot(s) synced` : 'nothing new to sync');
}

main();
