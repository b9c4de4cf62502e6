import { readFileSync, existsSync } from 'node:fs';
import { join, dirname } from 'node:path';
import { globSync } from 'node:fs';

export type PM = 'pnpm' | 'yarn' | 'npm';

export interface Workspace {
  name: string;
  dir: string;
  manifest: Record<string, any>;
  scripts: Record<string, string>;
}

export function detectPM(root: string): PM {
  if (existsSync(join(root, 'pnpm-lock.yaml')) || existsSync(join(root, 'pnpm-workspace.yaml'))) return 'pnpm';
  if (existsSync(join(root, 'yarn.lock'))) return 'yarn';
  return 'npm';
}

function workspaceGlobs(root: string, pm: PM): string[] {
  if (pm === 'pnpm' && existsSync(join(root, 'pnpm-workspace.yaml'))) {
    const y = readFileSync(join(root, 'pnpm-workspace.yaml'), 'utf8');
    return [...y.matchAll(/^\s*-\s*['"]?([^'"\n]+)['"]?\s*$/gm)].map((m) => m[1]).filter((g) => !g.startsWith('!'));
  }
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  const ws = Array.isArray(pkg.workspaces) ? pkg.workspaces : pkg.workspaces?.packages ?? [];
  return ws;
}

export function listWorkspaces(root: string): Workspace[] {
  const pm = detectPM(root);
  const out: Workspace[] = [];
  const rootPkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  out.push({ name: rootPkg.name ?? '(root)', dir: root, manifest: rootPkg, scripts: rootPkg.scripts ?? {} });
  for (const g of workspaceGlobs(root, pm)) {
    for (const m of globSync(join(g, 'package.json'), { cwd: root })) {
      const manifest = JSON.parse(readFileSync(join(root, m), 'utf8'));
      out.push({ name: manifest.name, dir: join(root, dirname(m)), manifest, scripts: manifest.scripts ?? {} });
    }
  }
  return out;
}

export function internalNames(ws: Workspace[]): Set<string> {
  return new Set(ws.map((w) => w.name));
}

export function dependents(ws: Workspace[], pkg: string): Workspace[] {
  return ws.filter((w) => ['dependencies', 'devDependencies', 'peerDependencies', 'optionalDependencies']
    .some((k) => w.manifest[k] && pkg in w.manifest[k]));
}
