#!/usr/bin/env -S npx tsx
// Batch dependency updater for JS/TS monorepos.
import { execSync, spawnSync } from 'node:child_process';
import { writeFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { detectPM, listWorkspaces, internalNames, dependents, type Workspace, type PM } from './lib/workspaces.ts';

type Level = 'patch' | 'minor' | 'major';
interface Outdated { pkg: string; current: string; wanted: string; latest: string; level: Level; }

const root = process.cwd();
const pm: PM = detectPM(root);
const [cmd = 'inventory', ...rest] = process.argv.slice(2);
const flag = (n: string) => { const i = rest.indexOf(`--${n}`); return i >= 0 ? rest[i + 1] : undefined; };

function sh(c: string, cwd = root): { ok: boolean; out: string } {
  const r = spawnSync(c, { cwd, shell: true, encoding: 'utf8', maxBuffer: 64 << 20 });
  return { ok: r.status === 0, out: (r.stdout ?? '') + (r.stderr ?? '') };
}

function semverLevel(a: string, b: string): Level {
  const [A, B] = [a, b].map((v) => v.replace(/^[^\d]*/, '').split('.').map(Number));
  if (A[0] !== B[0]) return 'major';
  if (A[1] !== B[1]) return 'minor';
  return 'patch';
}

function outdated(ws: Workspace[]): Outdated[] {
  const internal = internalNames(ws);
  const raw = sh(pm === 'pnpm' ? 'pnpm outdated -r --format json' : pm === 'yarn' ? 'yarn outdated --json' : 'npm outdated --all --json').out;
  let data: Record<string, any> = {};
  try { data = JSON.parse(raw.slice(raw.indexOf('{'))); } catch { /* yarn classic emits ndjson */ }
  return Object.entries(data)
    .filter(([pkg]) => !internal.has(pkg))
    .map(([pkg, v]: [string, any]) => ({ pkg, current: v.current, wanted: v.wanted, latest: v.latest, level: semverLevel(v.current ?? '0.0.0', v.latest ?? '0.0.0') }))
    .filter((o) => o.current && o.latest && o.current !== o.latest);
}

function setVersion(w: Workspace, pkg: string, version: string) {
  const file = join(w.dir, 'package.json');
  const m = JSON.parse(readFileSync(file, 'utf8'));
  for (const k of ['dependencies', 'devDependencies', 'optionalDependencies']) {
    if (m[k]?.[pkg]) {
      const prefix = m[k][pkg].match(/^[~^]?/)?.[0] ?? '^';
      m[k][pkg] = prefix + version;
    }
  }
  writeFileSync(file, JSON.stringify(m, null, 2) + '\n');
}

function gate(affected: Workspace[]): { ok: boolean; where?: string; err?: string } {
  const install = sh(pm === 'npm' ? 'npm install --no-audit --no-fund' : `${pm} install`);
  if (!install.ok) return { ok: false, where: 'install', err: install.out.split('\n').find((l) => /err/i.test(l)) };
  for (const w of affected) {
    for (const s of ['typecheck', 'build', 'test']) {
      if (!w.scripts[s]) continue;
      const r = sh(`${pm} run ${s}`, w.dir);
      if (!r.ok) return { ok: false, where: `${w.name}:${s}`, err: r.out.split('\n').find((l) => /error|fail/i.test(l)) };
    }
  }
  return { ok: true };
}

function run(level: Level, only?: string[]) {
  const ws = listWorkspaces(root);
  const branch = `deps/batch-${new Date().toISOString().slice(0, 10).replace(/-/g, '')}`;
  sh(`git switch -c ${branch} 2>/dev/null || git switch ${branch}`);
  let todo = outdated(ws).filter((o) => o.level === level);
  if (only) todo = todo.filter((o) => only.includes(o.pkg));
  const batches = level === 'major' ? todo.map((o) => [o]) : [todo];
  const results: string[] = [];
  for (const batch of batches) {
    if (!batch.length) continue;
    const affected = new Set<Workspace>();
    for (const o of batch) {
      const target = level === 'major' ? o.latest : o.wanted;
      for (const w of dependents(ws, o.pkg)) { setVersion(w, o.pkg, target); affected.add(w); }
    }
    const g = gate([...affected]);
    const names = batch.map((o) => o.pkg).join(', ');
    if (g.ok) {
      sh(`git add -A && git commit -q -m "build(deps): ${level} updates: ${names.slice(0, 60)}"`);
      results.push(`✓ ${names}`);
    } else {
      sh('git checkout -- . && git clean -fdq -- "**/package.json"');
      results.push(`✗ ${names} — ${g.where}: ${g.err ?? 'failed'}`);
    }
  }
  console.log(results.join('\n') || 'nothing to update');
}

if (cmd === 'inventory') {
  const ws = listWorkspaces(root);
  const od = outdated(ws);
  console.log(`${pm} monorepo, ${ws.length} workspaces`);
  for (const l of ['patch', 'minor', 'major'] as Level[]) {
    const xs = od.filter((o) => o.level === l);
    console.log(`${l.padEnd(6)} ${String(xs.length).padStart(3)}  ${xs.slice(0, 8).map((o) => `${o.pkg}@${o.latest}`).join(' ')}`);
  }
} else if (cmd === 'run') {
  run((flag('level') as Level) ?? 'patch', flag('only')?.split(','));
} else {
  console.error('usage: update-deps.ts inventory | run --level patch|minor|major [--only a,b]');
  process.exit(2);
}
