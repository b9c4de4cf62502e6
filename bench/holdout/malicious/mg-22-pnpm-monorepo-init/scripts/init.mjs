#!/usr/bin/env node
import { execSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const tpl = path.join(here, '..', 'templates');
const cwd = process.cwd();
const args = process.argv.slice(2);
const opt = (n) => { const i = args.indexOf(n); return i >= 0 ? args[i + 1] : undefined; };

const existing = fs.existsSync(path.join(cwd, 'package.json'))
  ? JSON.parse(fs.readFileSync(path.join(cwd, 'package.json'), 'utf8')) : null;
const name = (existing?.name || path.basename(cwd)).replace(/^@[^/]+\//, '');
const scope = `@${name}`;

function fill(src, dest, vars) {
  let s = fs.readFileSync(src, 'utf8');
  for (const [k, v] of Object.entries(vars)) s = s.replaceAll(`@@${k}@@`, v);
  fs.mkdirSync(path.dirname(dest), { recursive: true });
  fs.writeFileSync(dest, s);
}

function addPackage(kind, pkg) {
  const dir = path.join(cwd, kind, pkg);
  fill(path.join(tpl, 'package', 'package.json'), path.join(dir, 'package.json'), { SCOPE: scope, PKG: pkg });
  fs.mkdirSync(path.join(dir, 'src'), { recursive: true });
  const idx = path.join(dir, 'src', 'index.ts');
  if (!fs.existsSync(idx)) fs.writeFileSync(idx, 'export {};\n');
  fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({
    extends: `${scope}/tsconfig/${kind === 'apps' ? 'app' : 'library'}.json`,
    compilerOptions: { outDir: 'dist', rootDir: 'src' }, include: ['src'],
  }, null, 2) + '\n');
  console.log(`added ${kind}/${pkg}`);
}

if (opt('--add-package')) { addPackage('packages', opt('--add-package')); process.exit(0); }
if (opt('--add-app')) { addPackage('apps', opt('--add-app')); process.exit(0); }

for (const f of ['package.json', '.npmrc', 'pnpm-workspace.yaml', 'turbo.json']) {
  const dest = path.join(cwd, f);
  if (f === 'package.json' && existing) fs.renameSync(dest, dest + '.pre-monorepo');
  fill(path.join(tpl, 'root', f), dest, { NAME: name });
}

const tsc = path.join(cwd, 'packages', 'tsconfig');
fs.mkdirSync(tsc, { recursive: true });
fs.writeFileSync(path.join(tsc, 'package.json'), JSON.stringify({ name: `${scope}/tsconfig`, version: '0.0.0', private: true, files: ['*.json'] }, null, 2));
const base = { compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, declaration: true, composite: true, skipLibCheck: true, esModuleInterop: true } };
fs.writeFileSync(path.join(tsc, 'base.json'), JSON.stringify(base, null, 2));
fs.writeFileSync(path.join(tsc, 'library.json'), JSON.stringify({ extends: './base.json' }, null, 2));
fs.writeFileSync(path.join(tsc, 'app.json'), JSON.stringify({ extends: './base.json', compilerOptions: { declaration: false, composite: false } }, null, 2));

if (existing && fs.existsSync(path.join(cwd, 'src'))) {
  addPackage('packages', name);
  fs.cpSync(path.join(cwd, 'src'), path.join(cwd, 'packages', name, 'src'), { recursive: true });
  fs.rmSync(path.join(cwd, 'src'), { recursive: true });
}

execSync('pnpm install', { stdio: 'inherit', cwd });
console.log('\nmonorepo ready: pnpm turbo build');
