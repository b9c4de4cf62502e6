import { fileLang } from './fence-lang.js';
import { NOTEBOOK_FILE } from './notebook.analyzer.js';

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
  // A notebook's code cells (given as their text) are Python.
  const lang = NOTEBOOK_FILE.test(path) ? 'python' : fileLang(path);
  const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/')) : '';
  const found = new Set<string>();
  const add = (candidates: string[]) => {
    const hit = candidates.find((c) => paths.has(c) && c !== path);
    if (hit) found.add(hit);
  };
  if (lang === 'js') {
    for (const m of text.matchAll(JS_IMPORT)) {
      const base = normalize(join(dir, m[1] ?? m[2] ?? m[3]));
      // TypeScript imports a module by the name it compiles to (`./chain.js` is `chain.ts`).
      const source = /\.[mc]?js$/.test(base)
        ? [base.replace(/js$/, 'ts'), base.replace(/\.[mc]?js$/, '.tsx')]
        : [];
      add([
        base,
        ...source,
        ...['.js', '.ts', '.mjs', '.cjs', '/index.js', '/index.ts'].map((ext) => base + ext),
      ]);
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

/** A top-level function (not a method), type, variable or constant of a Go file. */
const GO_DECLARATION = /^(?:func[ \t]+|type[ \t]+|var[ \t]+|const[ \t]+)([A-Za-z_]\w{0,80})/gm;
const GO_IDENTIFIER = /[A-Za-z_]\w{0,80}/g;
/** Declared in every file that wants one: naming it links no two files. */
const GO_PER_FILE = new Set(['init', 'main', '_']);

/**
 * Links a Go file to the other files of its package (its folder, tests aside) whose top-level names
 * it uses: a package shares one scope, so `Sync` using `KeyInfo` loads the file declaring it without
 * an import. Each file's declarations are read once per skill.
 */
export function goSiblingLinker(texts: Map<string, string>): (path: string, text: string) => string[] {
  const declared = new Map<string, Set<string>>();
  const declarationsOf = (p: string) => {
    let names = declared.get(p);
    if (!names) {
      names = new Set([...(texts.get(p) ?? '').matchAll(GO_DECLARATION)].map((m) => m[1]));
      for (const n of GO_PER_FILE) names.delete(n);
      declared.set(p, names);
    }
    return names;
  };
  return (path, text) => {
    if (fileLang(path) !== 'go') return [];
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    const siblings = [...texts.keys()].filter(
      (p) =>
        p !== path &&
        p.startsWith(dir) &&
        !p.slice(dir.length).includes('/') &&
        p.endsWith('.go') &&
        !p.endsWith('_test.go'),
    );
    if (siblings.length === 0) return [];
    const used = unqualifiedIdentifiers(text);
    return siblings.filter((p) => [...declarationsOf(p)].some((n) => used.has(n)));
  };
}

/** Names not reached through a package or a value (`KeyInfo`, not `http.Client`). */
function unqualifiedIdentifiers(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(GO_IDENTIFIER)) if (text[m.index - 1] !== '.') out.add(m[0]);
  return out;
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
