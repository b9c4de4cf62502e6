import { fileLang } from './fence-lang.js';

const JS_IMPORT =
  /\brequire\s*\(\s*["'`](\.{1,2}\/[^"'`\n]+)["'`]\s*\)|\bfrom\s+["'](\.{1,2}\/[^"'\n]+)["']|\bimport\s*\(\s*["'](\.{1,2}\/[^"'\n]+)["']\s*\)/g;
const PY_IMPORT = /^\s*(?:from\s+(\.*[\w.]*)\s+import\b|import\s+([\w.]+(?:\s*,\s*[\w.]+)*))/gm;
const GO_IMPORT = /^[ \t]*import[ \t]*\(([^)]{0,4000})\)|^[ \t]*import[ \t]+(?:[\w.]+[ \t]+)?"([^"\n]+)"/gm;
const GO_PATH = /"([^"\n]+)"/g;
const SH_SOURCE = /(?:^|[;&|]\s*)(?:source|\.)\s+["']?(?:\$\{?\w+\}?\/)?([\w./-]+\.(?:sh|bash))["']?/gm;

/**
 * The skill's own files a code file loads: relative `require`/`import` in JS and TS, modules of
 * the same folder (or a package below it) in Python, and `source`d shell files.
 */
export function localImports(path: string, text: string, paths: Set<string>): string[] {
  const lang = fileLang(path);
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const found = new Set<string>();
  const add = (candidates: string[]) => {
    const hit = candidates.find((c) => paths.has(c) && c !== path);
    if (hit) found.add(hit);
  };
  if (lang === 'js') {
    for (const m of text.matchAll(JS_IMPORT)) {
      const base = normalize(join(dir, m[1] ?? m[2] ?? m[3]));
      add([base, ...['.js', '.ts', '.mjs', '.cjs', '/index.js', '/index.ts'].map((ext) => base + ext)]);
    }
  } else if (lang === 'python') {
    for (const m of text.matchAll(PY_IMPORT)) {
      const modules = m[1] !== undefined ? [m[1].replace(/^\.+/, '')] : m[2].split(',');
      for (const module of modules) {
        const rel = module.trim().split('.').join('/');
        if (rel) add([join(dir, `${rel}.py`), join(dir, `${rel}/__init__.py`)]);
      }
    }
  } else if (lang === 'go') {
    for (const imported of goImports(text))
      for (const file of goPackageFiles(imported, paths)) found.add(file);
  } else if (lang === 'shell') {
    for (const m of text.matchAll(SH_SOURCE)) {
      const name = m[1].slice(m[1].lastIndexOf('/') + 1);
      add([normalize(join(dir, m[1])), ...[...paths].filter((p) => p.endsWith(`/${name}`) || p === name)]);
    }
  }
  return [...found];
}

function goImports(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(GO_IMPORT)) {
    if (m[2] !== undefined) out.push(m[2]);
    else for (const p of m[1].matchAll(GO_PATH)) out.push(p[1]);
  }
  return out;
}

/**
 * The `.go` files of the skill's folder an import path ends with (`costlens.example/costsnap/internal/detect`
 * is `internal/detect/*.go`): the module's own name, from go.mod, need not be known.
 */
function goPackageFiles(imported: string, paths: Set<string>): string[] {
  const parts = imported.split('/');
  const all = [...paths];
  for (let from = 0; from < parts.length; from++) {
    const dir = parts.slice(from).join('/');
    const files = all.filter(
      (p) => p.startsWith(`${dir}/`) && p.endsWith('.go') && !p.slice(dir.length + 1).includes('/'),
    );
    if (files.length > 0) return files;
  }
  return [];
}

function join(dir: string, rel: string): string {
  return dir ? `${dir}/${rel}` : rel;
}

function normalize(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part !== '.' && part !== '') out.push(part);
  }
  return out.join('/');
}
