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
    const index = pathIndex(paths);
    for (const imported of new Set(goImports(text)))
      for (const file of goPackageFiles(imported, index)) found.add(file);
  } else if (lang === 'shell') {
    const index = pathIndex(paths);
    for (const m of text.matchAll(SH_SOURCE)) {
      const name = m[1].slice(m[1].lastIndexOf('/') + 1);
      add([normalize(join(dir, m[1])), ...(index.byName.get(name) ?? [])]);
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
 * an import. Each file's declarations are read once per skill, into an index per folder of the files
 * declaring each name: a file's siblings are those declaring a name it uses (every file checking every
 * sibling's declarations cost 30 s for 1,000 files of one package).
 */
export function goSiblingLinker(texts: Map<string, string>): (path: string, text: string) => string[] {
  const packages = new Map<string, { files: string[]; declaring: Map<string, string[]> }>();
  const packageOf = (dir: string) => {
    let pkg = packages.get(dir);
    if (pkg) return pkg;
    pkg = { files: [], declaring: new Map() };
    for (const p of texts.keys()) {
      if (
        !p.startsWith(dir) ||
        p.slice(dir.length).includes('/') ||
        !p.endsWith('.go') ||
        p.endsWith('_test.go')
      )
        continue;
      pkg.files.push(p);
      const names = new Set([...(texts.get(p) ?? '').matchAll(GO_DECLARATION)].map((m) => m[1]));
      for (const n of GO_PER_FILE) names.delete(n);
      for (const n of names) {
        const files = pkg.declaring.get(n);
        if (files) files.push(p);
        else pkg.declaring.set(n, [p]);
      }
    }
    packages.set(dir, pkg);
    return pkg;
  };
  return (path, text) => {
    if (fileLang(path) !== 'go') return [];
    const dir = path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : '';
    const pkg = packageOf(dir);
    if (!pkg.files.some((p) => p !== path)) return [];
    const linked = new Set<string>();
    for (const name of unqualifiedIdentifiers(text))
      for (const p of pkg.declaring.get(name) ?? []) linked.add(p);
    return pkg.files.filter((p) => p !== path && linked.has(p));
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
 * A skill's paths by file name and its `.go` files by folder (each in path order), with the package
 * files found per import path: every file of a skill of 2,000 files sourcing or importing thousands of
 * times filtered all paths per line (a minute).
 */
interface PathIndex {
  byName: Map<string, string[]>;
  goByDir: Map<string, string[]>;
  longestDir: number;
  packages: Map<string, string[]>;
}

const indexes = new WeakMap<Set<string>, PathIndex>();

function pathIndex(paths: Set<string>): PathIndex {
  let index = indexes.get(paths);
  if (index) return index;
  index = { byName: new Map(), goByDir: new Map(), longestDir: 0, packages: new Map() };
  for (const p of paths) {
    const slash = p.lastIndexOf('/');
    const name = p.slice(slash + 1);
    const named = index.byName.get(name);
    if (named) named.push(p);
    else index.byName.set(name, [p]);
    if (slash === -1 || !p.endsWith('.go')) continue;
    const dir = p.slice(0, slash);
    const files = index.goByDir.get(dir);
    if (files) files.push(p);
    else index.goByDir.set(dir, [p]);
    index.longestDir = Math.max(index.longestDir, dir.length);
  }
  indexes.set(paths, index);
  return index;
}

/**
 * The `.go` files of the skill's folder an import path ends with (`costlens.example/costsnap/internal/detect`
 * is `internal/detect/*.go`): the module's own name, from go.mod, need not be known. The longest
 * ending that is a folder of `.go` files wins; endings longer than any folder are not looked up.
 */
function goPackageFiles(imported: string, index: PathIndex): string[] {
  let files = index.packages.get(imported);
  if (files) return files;
  files = [];
  for (let from = 0; from !== -1; from = imported.indexOf('/', from) + 1 || -1) {
    if (imported.length - from > index.longestDir) continue;
    const found = index.goByDir.get(imported.slice(from));
    if (found) {
      files = found;
      break;
    }
  }
  index.packages.set(imported, files);
  return files;
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
