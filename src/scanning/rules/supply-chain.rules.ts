import type { AnyRule, CustomInput, RawHit, Segment } from '../rule.types.js';
import { clean, fileLineOf, lineIndexOf, lineStarts, linesOf } from '../analyzers/segment-lines.js';
import { distance, nearMiss, POPULAR_WORD } from './typosquat.js';
import { gated, mayMatch, testFile, testSegment } from '../analyzers/literal-gates.js';

const REMEDIATION =
  'Check the exact package name and publisher; pin versions and install from the intended registry.';
const INSTALL =
  /\b(?:npx[ \t]+(?:-y[ \t]+|--yes[ \t]+|-p[ \t]+)*|(?:npm|pnpm|bun)[ \t]+(?:i|install|add)[ \t]+(?:-\S+[ \t]+)*|yarn[ \t]+(?:global[ \t]+)?add[ \t]+(?:-\S+[ \t]+)*|pip3?[ \t]+install[ \t]+(?:-\S+[ \t]+)*|uvx[ \t]+|pipx[ \t]+(?:install|run)[ \t]+)(@?[\w.-]+(?:\/[\w.-]+)?)/g;

interface Install {
  pkg: string;
  hit: RawHit;
}

/** Install commands of a scan, found once for the three rules that read them. */
const installCache = new WeakMap<CustomInput['segments'], Install[]>();

function installs(input: CustomInput, visit: (pkg: string, hit: RawHit) => RawHit | null): RawHit[] {
  let found = installCache.get(input.segments);
  if (!found) installCache.set(input.segments, (found = findInstalls(input)));
  const out: RawHit[] = [];
  for (const { pkg, hit } of found) {
    const kept = visit(pkg, { ...hit });
    if (kept) out.push(kept);
  }
  return out;
}

function findInstalls(input: CustomInput): Install[] {
  const out: Install[] = [];
  for (const seg of input.segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'frontmatter') continue;
    if (!/\b(?:npx|npm|pnpm|bun|yarn|pip3?|uvx|pipx)\s/.test(seg.text)) continue;
    const starts = lineStarts(seg.text);
    INSTALL.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = INSTALL.exec(seg.text)) !== null) {
      const idx = lineIndexOf(starts, m.index);
      const line = seg.text.slice(starts[idx], seg.text.indexOf('\n', m.index) >>> 0 || undefined);
      const hit = { file: seg.file, line: fileLineOf(seg, idx), evidence: clean(line), depth: seg.depth };
      // `pip install -r requirements.txt`: the word after the flags is a file, not a package.
      if (!/\.(?:txt|toml|cfg|in|lock|json)$/i.test(m[1])) out.push({ pkg: m[1], hit });
      // npx runs one package with arguments; the installers take a list of packages.
      if (!/^npx\b|^uvx\b|^pipx\s+run\b/.test(m[0]))
        for (const pkg of morePackages(seg.text, m.index + m[0].length)) out.push({ pkg, hit });
    }
  }
  return out;
}

/** Flags whose next word is a value, not a package. */
const VALUED_FLAG =
  /^-(?:r|c|e|t|i|-(?:requirement|constraint|editable|target|index-url|extra-index-url|registry|prefix|trusted-host|find-links|cache-dir|root))$/;
const PACKAGE_SPEC = /^(@?[\w.-]+(?:\/[\w.-]+)?)(?:\[[\w,.-]*\])?(?:[=<>~!^@][^\s]*)?$/;

/** The other packages of the same install command: words up to the end of the command. */
function morePackages(text: string, from: number): string[] {
  const end = text.slice(from).search(/[\n;&|#)]/);
  const words = text
    .slice(from, end === -1 ? undefined : from + end)
    .split(/\s+/)
    // The first word is the rest of the package just matched (a version such as `@next`).
    .slice(1)
    .filter(Boolean);
  const out: string[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i].replace(/^["']|["']$/g, '');
    if (w.startsWith('-')) {
      if (VALUED_FLAG.test(w)) i++;
      continue;
    }
    const spec = PACKAGE_SPEC.exec(w);
    if (spec && !/^\.|\//.test(spec[1].replace(/^@[\w.-]+\//, ''))) out.push(spec[1]);
  }
  return out;
}

/** Dependencies declared in bundled manifests (package.json, requirements*.txt). */
function manifestPackages(input: CustomInput): Install[] {
  const out: Install[] = [];
  for (const f of input.files) {
    const name = f.path.split('/').pop() ?? '';
    if (PUPPETFILE.test(name)) {
      // Forge names are written `owner-name` or `owner/name`: one spelling for the popular list.
      for (const mod of puppetfileModules(f.text))
        out.push({
          pkg: mod.name.replace('/', '-'),
          hit: { file: f.path, line: mod.line, evidence: mod.evidence, depth: 0 },
        });
      continue;
    }
    const names =
      name === 'package.json'
        ? packageJsonDeps(f.text)
        : /^requirements.*\.txt$/.test(name)
          ? requirementNames(f.text)
          : CONDA_ENV_FILE.test(name)
            ? condaPipNames(f.text)
            : [];
    if (names.length === 0) continue;
    const starts = lineStarts(f.text);
    for (const pkg of names) {
      const at = Math.max(0, f.text.indexOf(pkg));
      const idx = lineIndexOf(starts, at);
      const line = f.text.slice(starts[idx], f.text.indexOf('\n', at) >>> 0 || undefined);
      out.push({ pkg, hit: { file: f.path, line: idx + 1, evidence: clean(line), depth: 0 } });
    }
  }
  return out;
}

/** Python index hosts run by the PSF or by a vendor publishing its own wheels there. */
const PY_INDEX_HOST = String.raw`(?:(?:test\.)?pypi\.(?:org|python\.org)|files\.pythonhosted\.org|download\.pytorch\.org|pypi\.nvidia\.com)(?![\w.-])`;
/** The start of a key: not inside a longer word, but right after a `\n` escape of a one-line string. */
const PIP_KEY_START = String.raw`(?<![A-Za-z0-9](?<!\\[nrt]))`;
const PIP_KEY = String.raw`["']?[ \t]{0,10}[=:]?[ \t]{0,10}["']?`;
/**
 * A pip setting (pip.conf / pip.ini lines, also inside a string with `\n` escapes, `pip config set
 * global.…`, command-line flags, `PIP_*` variables) that adds an extra index on a host, then (or
 * before) marks that same host trusted. The host is captured once and named again.
 */
const PIP_EXTRA_TRUSTED = new RegExp(
  String.raw`${PIP_KEY_START}extra[-_]index[-_]url${PIP_KEY}https?:\/\/(?:[^@\s/"']{1,100}@)?(?!${PY_INDEX_HOST})([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})(?![\w.-])[\s\S]{0,240}?(?=trusted[-_]host)${PIP_KEY_START}trusted[-_]host${PIP_KEY}\1(?![\w.-])|${PIP_KEY_START}trusted[-_]host${PIP_KEY}([\w-]{1,63}(?:\.[\w-]{1,63}){1,8})(?![\w.-])[\s\S]{0,240}?(?=extra[-_]index)${PIP_KEY_START}extra[-_]index[-_]url${PIP_KEY}https?:\/\/(?:[^@\s/"']{1,100}@)?(?!${PY_INDEX_HOST})\2(?![\w.-])`,
  'gi',
);

/** An r10k / Code Manager Puppetfile (also a copy kept as `Puppetfile.example`). */
const PUPPETFILE = /^puppetfile(?:\.(?:example|sample|template|tmpl|local|ci|snippet))?$/i;
/** A `mod 'name'` entry (at the start of a line), its options following up to the next entry. */
const PUPPET_MOD = /^[ \t]{0,40}mod[ \t(]{1,20}["']([\w./-]{1,200})["']/gm;
/** `:git => 'url'` or `git: 'url'`. */
const PUPPET_GIT = /(?::git[ \t]{0,20}=>|\bgit:)[ \t]{0,20}["']([^"'\s]{1,500})["']/;
/** `:branch`, `:ref`, `:tag`, `:commit` (either syntax) and its value: a string, or a symbol (`:control_branch`). */
const PUPPET_REF =
  /(?::(branch|ref|tag|commit)[ \t]{0,20}=>|\b(branch|ref|tag|commit):)[ \t]{0,20}(?:["']([^"'\s]{1,200})["']|:(\w{1,100}))/;
const MAX_PUPPET_MODS = 500;
/** How far past its `mod` line an entry's options may run (a few continued lines). */
const PUPPET_MOD_REACH = 600;

interface PuppetModule {
  name: string;
  line: number;
  evidence: string;
  git?: { host: string; url: string; refKind?: string; ref?: string };
}

/** The modules a Puppetfile installs, with the git source and ref of the ones cloned rather than taken from the Forge. */
export function puppetfileModules(text: string): PuppetModule[] {
  if (!text.includes('mod')) return [];
  const out: PuppetModule[] = [];
  const starts = lineStarts(text);
  const found = Array.from(text.matchAll(PUPPET_MOD)).slice(0, MAX_PUPPET_MODS);
  for (let i = 0; i < found.length; i++) {
    const m = found[i];
    const end = Math.min(found[i + 1]?.index ?? text.length, m.index + PUPPET_MOD_REACH);
    const body = text.slice(m.index, end).replace(/#[^\n]{0,2000}/g, '');
    const idx = lineIndexOf(starts, m.index);
    const mod: PuppetModule = { name: m[1], line: idx + 1, evidence: clean(linesOf(text)[idx] ?? m[0]) };
    const git = PUPPET_GIT.exec(body);
    if (git) {
      const host = /^(?:[a-z][\w+.-]{0,20}:\/\/)?(?:[^@/\s]{1,100}@)?([A-Za-z0-9.-]{1,253})[:/]/i.exec(
        git[1],
      )?.[1];
      const ref = PUPPET_REF.exec(body);
      mod.git = {
        host: (host ?? '').toLowerCase(),
        url: git[1],
        refKind: ref ? (ref[1] ?? ref[2]) : undefined,
        ref: ref ? (ref[3] ?? ref[4]) : undefined,
      };
      mod.evidence = clean(`${mod.evidence} ${git[0]}${ref ? ` ${ref[0]}` : ''}`).slice(0, 200);
    }
    out.push(mod);
  }
  return out;
}

/** The Puppet vendor's own hosts. */
const PUPPET_VENDOR_HOST = /(?:^|\.)(?:puppet\.com|puppetlabs\.com|voxpupuli\.org)$/i;

/**
 * Puppetfile modules cloned from a git server that is not a public code host at a ref that moves (a
 * branch, a symbol such as `:control_branch`, or none): whoever pushes there changes what every Puppet
 * agent applies as root. HIGH when the host names the module's Forge owner without being that vendor's
 * (`git.puppetlabs-modules.example` serving `puppetlabs-*`: a look-alike host); MEDIUM otherwise, as an
 * organisation's own control-repo modules usually are.
 */
function puppetfileGitSources({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (!PUPPETFILE.test(f.path.slice(f.path.lastIndexOf('/') + 1)) || f.text.length > 512 * 1024) continue;
    for (const mod of puppetfileModules(f.text)) {
      if (!mod.git || !mod.git.host || CODE_HOSTS.test(mod.git.host) || PUPPET_VENDOR_HOST.test(mod.git.host))
        continue;
      const owner = /^([a-z][a-z0-9]{3,40})[-/]/i.exec(mod.name)?.[1]?.toLowerCase();
      const lookAlike = owner !== undefined && mod.git.host.includes(owner);
      const fixed =
        mod.git.refKind === 'commit' ||
        (mod.git.refKind === 'tag' && mod.git.ref !== undefined) ||
        (mod.git.ref !== undefined && FIXED_REF.test(mod.git.ref));
      if (fixed && !lookAlike) continue;
      out.push({
        file: f.path,
        line: mod.line,
        evidence: mod.evidence,
        depth: 0,
        severity: lookAlike ? 'HIGH' : LOCAL_REPO_HOST.test(mod.git.host) ? 'LOW' : 'MEDIUM',
      });
    }
  }
  return out;
}

function packageJsonDeps(text: string): string[] {
  try {
    const root = JSON.parse(text) as Record<string, unknown>;
    return ['dependencies', 'devDependencies', 'optionalDependencies', 'peerDependencies'].flatMap((k) => {
      const deps = root[k];
      return deps && typeof deps === 'object' && !Array.isArray(deps) ? Object.keys(deps) : [];
    });
  } catch {
    return [];
  }
}

/** A conda environment file (`environment.yml`, `environment-dev.yaml`, `conda-env.yml`). */
const CONDA_ENV_FILE = /^(?:environment|conda[-_]?env(?:ironment)?)(?:[-_.][\w.-]{0,40})?\.ya?ml$/i;
const MAX_CONDA_LINES = 5000;

/**
 * The packages a conda environment file installs with pip (the `- pip:` list under `dependencies:`),
 * as a requirements file would name them; options (`- --index-url …`) are not package names.
 */
function condaPipNames(text: string): string[] {
  const out: string[] = [];
  let pipIndent = -1;
  const lines = text.split('\n', MAX_CONDA_LINES);
  for (const line of lines) {
    const indent = /^[ \t]*/.exec(line)![0].length;
    if (pipIndent >= 0) {
      if (!line.trim() || line.trimStart().startsWith('#')) continue;
      if (indent <= pipIndent) pipIndent = -1;
      else {
        const name = /^[ \t]*-[ \t]{1,8}["']?([A-Za-z0-9][\w.-]{0,100})/.exec(line)?.[1];
        if (name) out.push(name);
        continue;
      }
    }
    if (/^[ \t]*-[ \t]{1,8}pip[ \t]*:[ \t]*(?:#.*)?$/.test(line)) pipIndent = indent;
  }
  return out;
}

function requirementNames(text: string): string[] {
  return text
    .split('\n')
    .map((l) => /^\s*([A-Za-z0-9][\w.-]*)/.exec(l)?.[1])
    .filter((n): n is string => n !== undefined);
}

function typosquat(pkg: string, hit: RawHit): RawHit | null {
  const target = nearMiss(pkg);
  return target ? { ...hit, evidence: `${hit.evidence} (looks like ${target})`.slice(0, 200) } : null;
}

const INTERNAL_SCOPE = /^@?(?:[\w-]*(?:internal|private|corp|company|mycorp|intranet)[\w-]*)\//i;
/** A lockfile named in the same script: what the stripped hashes belonged to. */
const LOCKFILE =
  /package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|poetry\.lock|Pipfile\.lock|uv\.lock/;

const GO_CHECKS_OFF = /\bGO(?:SUMDB=["']?off|NOSUMCHECK=|NOSUMDB=|INSECURE=|FLAGS=["']?-insecure)/;

/** Gradle's dependency verification switched off, or a repository allowed over plain HTTP. */
const JVM_CHECKS_OFF =
  /\bdisableDependencyVerification\s{0,4}\(\s{0,4}\)|\b(?:is)?allowInsecureProtocol\b\s{0,4}(?:=|\(|:)?\s{0,4}true\b|\bdependency[.-]verification\s{0,4}=\s{0,4}["']?(?:off|lenient)\b/gi;
/** Every declared repository removed (`repositories { clear() }`, `repositories.clear()`). */
const REPOS_CLEARED = /\brepositories\s{0,4}(?:\{\s{0,40}|\.)clear\s{0,4}\(\s{0,4}\)/i;
/** The last build file rated and its rating: the rule's matches in one file share it. */
let jvmRated: { text: string; severity: 'HIGH' | 'MEDIUM' } | undefined;

/**
 * One flag in a build file is a local workaround to review; with every declared repository cleared for
 * another one, checksums and TLS both off, or a third-party host allowed over plain HTTP asked before
 * Maven Central / the Plugin Portal, any artifact the new host serves is used.
 */
function jvmChecksSeverity(text: string): 'HIGH' | 'MEDIUM' {
  if (jvmRated?.text === text) return jvmRated.severity;
  // A copy: the matcher leaves the shared pattern's lastIndex where its own scan stopped.
  const matches = Array.from(text.matchAll(new RegExp(JVM_CHECKS_OFF.source, 'gi')));
  const kinds = new Set(matches.map((x) => /insecure/i.test(x[0])));
  const aheadOfOfficial = matches
    .slice(0, MAX_INSECURE_REPOS)
    .some((x) => /insecure/i.test(x[0]) && insecureRepoFirst(text, x.index));
  const severity = REPOS_CLEARED.test(text) || kinds.size > 1 || aheadOfOfficial ? 'HIGH' : 'MEDIUM';
  jvmRated = { text, severity };
  return severity;
}

/** The address a Maven repository block declares (`url = 'https://…'`, `url = uri("http://…")`, `url "…"`). */
const MAVEN_REPO_URL =
  /\burl\s{0,4}(?:=\s{0,4})?(?:uri\s{0,4}\(\s{0,4})?["'](?:https?):\/\/([A-Za-z0-9.-]{1,253})/g;
/** The official repositories Gradle resolves plugins and libraries from. */
const OFFICIAL_REPO =
  /\b(?:mavenCentral|gradlePluginPortal|google|jcenter)\s{0,4}\(\s{0,4}\)|\brepo1?\.maven\.apache\.org\b|\bplugins\.gradle\.org\b|\bmaven\.google\.com\b/;
/** A build host on this machine or the user's own network: a local Nexus over HTTP is a workaround, not a mirror. */
const LOCAL_REPO_HOST =
  /^(?:localhost|[\w.-]{0,200}\.(?:local|localhost|internal|lan|corp|intranet|home\.arpa)|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|10\.\d{1,3}\.\d{1,3}\.\d{1,3}|192\.168\.\d{1,3}\.\d{1,3}|172\.(?:1[6-9]|2\d|3[01])\.\d{1,3}\.\d{1,3})$/i;
const REPO_BLOCK_REACH = 400;
const MAX_INSECURE_REPOS = 50;

/**
 * The repository an `allowInsecureProtocol = true` at `at` belongs to is a third-party host (not this
 * machine or its network) declared ahead of an official repository of the same `repositories` block:
 * Gradle asks it first, over a protocol anyone on the path can answer, for every plugin and library.
 */
function insecureRepoFirst(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - REPO_BLOCK_REACH), at);
  const open = before.search(/\bmaven\s{0,4}\{[^{}]{0,400}$/);
  if (open === -1) return false;
  const block = before.slice(open) + text.slice(at, at + REPO_BLOCK_REACH).split('}', 1)[0];
  const hosts = [...block.matchAll(MAVEN_REPO_URL)].map((m) => m[1]);
  if (hosts.length !== 1 || LOCAL_REPO_HOST.test(hosts[0])) return false;
  const rest = text.slice(at, at + REPO_BLOCK_REACH * 2).split(/\brepositories\b/, 1)[0];
  return OFFICIAL_REPO.test(rest);
}

/** Sets the one index pip/uv resolve from (not an extra one next to public PyPI). */
const PRIMARY_PY_INDEX = gated(
  /\bglobal\.index-url\b|\b(?:PIP|UV)_INDEX_URL=|^[ \t]*index-url[ \t]*=|^[ \t]*\[\[(?:tool\.uv\.)?index\]\]/m,
);

/** Dependency manifests, lockfiles and plugin specs a tool could rewrite package names in. */
const MANIFEST = gated(
  /\b(?:requirements|constraints)\b[^\n]{0,16}txt\b|\bpackage(?:-lock)?\.json\b|\bpyproject\.toml\b|\bPipfile\b|\bGemfile\b|\bgo\.mod\b|\bCargo\.toml\b|\bcomposer\.json\b|\blazy-lock\.json\b|\bbuild\.gradle\b|\bpom\.xml\b|\bProject\.toml\b|\bsetup\.(?:py|cfg)\b|\benvironment\.ya?ml\b|\bplugins?\/[\w*.-]{0,40}\.lua\b/,
);
/** Writes a file or an editor buffer back. */
const WRITES = gated(
  /\bnvim_buf_set_lines\b|\bwritefile\b|\bwriteFile(?:Sync)?\b|\.write_text\(|\bwritelines\(|\.write\(|\bjson\.dump\(|\bWriteFile\(|\bFile\.write\b|\bsed\s+-i\b|\b(?:io\.)?open\([^\n)]{0,120}["'][wa]\+?b?["']/,
);
/** The separator of a rename row (`old new`, `old = "new"`, `"old": "new"`, `old -> new`) and the new name. */
const ROW_NEXT =
  /^["'`\]\s]{0,8}(?:(?:[:=]|->|=>|\s)["'`[\s]{0,8})?(@?[A-Za-z0-9][\w.-]{0,80}(?:\/[\w.-]{1,80})?)/;
const PKG_WORD = /@?[A-Za-z0-9][\w.-]{0,80}(?:\/[\w.-]{1,80})?/g;
const MAX_ROWS = 20;

/** The skill's own code reads a dependency manifest and writes files or buffers back. */
function rewritesManifests(segments: readonly Segment[]): boolean {
  let manifest = false;
  let writes = false;
  for (const s of segments) {
    if (s.kind !== 'code' || s.depth > 0) continue;
    manifest ||= testSegment(MANIFEST, s);
    writes ||= testSegment(WRITES, s);
    if (manifest && writes) return true;
  }
  return false;
}

interface RenameRow {
  hit: RawHit;
  /** The new name is one typo away from the popular name it replaces. */
  squat: boolean;
}

/**
 * Rows of rename tables: a popular package name followed on its line by another package name.
 * Tables live in code, configs, data files and decoded (shifted, reversed, base64) text.
 */
function renameRows(segments: readonly Segment[]): RenameRow[] {
  const out: RenameRow[] = [];
  for (const seg of segments) {
    const data = seg.kind === 'prose' && seg.block === seg.file && !/\.(?:md|markdown|mdx)$/i.test(seg.file);
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'decoded' && !data) continue;
    const text = seg.text;
    POPULAR_WORD.lastIndex = 0;
    if (!mayMatch(POPULAR_WORD, seg)) continue;
    let m: RegExpExecArray | null;
    // Found once per line, not per word: a 1 MiB line of popular names would otherwise cost n² here.
    let eol = -2;
    let lines: readonly number[] | undefined;
    while ((m = POPULAR_WORD.exec(text)) !== null) {
      const end = m.index + m[0].length;
      if (eol !== -1 && eol < end) eol = text.indexOf('\n', end);
      const next = ROW_NEXT.exec(text.slice(end, Math.min(eol === -1 ? text.length : eol, end + 200)))?.[1];
      if (!next) continue;
      const old = m[0].toLowerCase();
      const renamed = next.toLowerCase();
      if (renamed === old || /^\d/.test(renamed)) continue;
      const squat = nearMiss(renamed) === old;
      const starts = (lines ??= lineStarts(text));
      const idx = lineIndexOf(starts, m.index);
      const line = text.slice(starts[idx], eol === -1 ? undefined : eol).slice(0, 2000);
      // Otherwise only a decoded row of just two names counts: a plain `old new` row is an ordinary migration.
      if (!squat && (seg.depth === 0 || (line.match(PKG_WORD)?.length ?? 0) !== 2)) continue;
      const evidence = clean(line) + (squat ? ` (${next} looks like ${m[0]})` : '');
      out.push({
        hit: {
          file: seg.file,
          line: fileLineOf(seg, idx),
          evidence: evidence.slice(0, 200),
          depth: seg.depth,
        },
        squat,
      });
      if (out.length >= MAX_ROWS) return out;
      // One row a line.
      if (eol === -1) break;
      POPULAR_WORD.lastIndex = eol;
    }
  }
  return out;
}

/**
 * Registry settings that send a well-known namespace to another host: Unity `scopedRegistries` whose
 * scopes claim `com.unity.*` packages, npm `@scope:registry=` for a popular public scope, NuGet's
 * `nuget.org` source key pointed elsewhere. The official registries (and OpenUPM, which hosts a few
 * community `com.unity.*` packages) are not a hijack.
 */
const UNITY_SCOPED = gated(/\bscopedRegistries\b/);
const UNITY_CORE_SCOPE = /["']com\.unity(?:\.[\w-]{1,60}){0,6}\\?["']/;
const POPULAR_NPM_SCOPES =
  'types|babel|angular|vue|nestjs|aws-sdk|azure|google-cloud|mui|emotion|testing-library|typescript-eslint|octokit|sentry|vitejs|storybook|prisma|firebase|microsoft|react-native|nuxt|sveltejs|reduxjs|tanstack|swc|esbuild|rollup|npmcli|vercel|supabase|anthropic-ai|openai|huggingface|unity|playwright|jest';
const NPM_SCOPE_REGISTRY = gated(
  new RegExp(
    String.raw`@(?:${POPULAR_NPM_SCOPES}):registry["']?[ \t]{0,4}[=: \t][ \t]{0,4}["']?(https?:\/\/[\w.-]{1,253})`,
    'gi',
  ),
);
/**
 * Bun's `[install.scopes]` table (`"@types" = "https://…"`, `babel = { url = "https://…" }`) and Yarn
 * Berry's `npmScopes:` map (`types:` then `npmRegistryServer: "https://…"` a few lines below).
 */
const BUN_SCOPE_REGISTRY = gated(
  new RegExp(
    String.raw`^[ \t]{0,8}["']?@?(?:${POPULAR_NPM_SCOPES})["']?[ \t]{0,4}=[ \t]{0,4}(?:\{[^}\n]{0,200}?\burl[ \t]{0,4}=[ \t]{0,4})?["'](https?:\/\/[\w.-]{1,253})`,
    'gim',
  ),
);
const YARN_SCOPE_REGISTRY = gated(
  new RegExp(
    String.raw`^[ \t]{1,8}["']?@?(?:${POPULAR_NPM_SCOPES})["']?:[ \t]{0,4}\n(?:[ \t]{2,16}[^\n]{0,200}\n){0,4}?[ \t]{2,16}npmRegistryServer:[ \t]{0,4}["']?(https?:\/\/[\w.-]{1,253})`,
    'gim',
  ),
);
const NUGET_ORG_KEY = gated(
  /<add\s{1,8}key\s{0,4}=\s{0,4}\\?["']nuget\.org\\?["']\s{1,8}value\s{0,4}=\s{0,4}\\?["'](https?:\/\/[\w.-]{1,253})/gi,
);
/**
 * Cargo source replacement: `[source.crates-io]` with `replace-with = "name"`; the named source's
 * `registry`/`git` URL then serves every crate. A `directory` or `local-registry` source (vendoring)
 * has no URL.
 */
const CARGO_REPLACE = gated(
  /^[ \t]{0,8}\[[ \t]{0,4}source[ \t]{0,4}\.[ \t]{0,4}["']?crates-io["']?[ \t]{0,4}\][^[]{0,600}?\breplace-with[ \t]{0,4}=[ \t]{0,4}["']([\w.-]{1,64})["']/m,
);
/** The URL of a source section's `registry` or `git` key, within the section. */
const CARGO_SOURCE_URL =
  /^[^[]{0,600}?^[ \t]{0,8}(?:registry|git)[ \t]{0,4}=[ \t]{0,4}["'](?:sparse\+)?(?:https?|ssh|git):\/\/(?:[\w.-]{1,64}@)?([\w.-]{1,253})/m;
/** crates.io itself and the public mirrors users configure (USTC, TUNA, SJTUG, rsproxy, …). */
const CRATES_MIRROR_HOST =
  /(?:^|\.)(?:crates\.io|github\.com|rsproxy\.cn|ustc\.edu\.cn|tsinghua\.edu\.cn|sjtu\.edu\.cn|bfsu\.edu\.cn|nju\.edu\.cn|aliyun\.com|tencent\.com|huaweicloud\.com|jfrog\.io|cloudsmith\.io|shipyard\.rs|localhost|internal|corp|local|lan)$|^127\.|^(?:localhost|0\.0\.0\.0)$/i;

/** The foreign host crates.io is replaced with in a Cargo config text, with where the replacement sits. */
function cargoReplacement(text: string): { at: number; host: string } | null {
  const m = CARGO_REPLACE.exec(text);
  if (!m) return null;
  const name = m[1].replace(/[.-]/g, (c) => `\\${c}`);
  const section = new RegExp(
    `^[ \\t]{0,8}\\[[ \\t]{0,4}source[ \\t]{0,4}\\.[ \\t]{0,4}["']?${name}["']?[ \\t]{0,4}\\]`,
    'm',
  ).exec(text);
  if (!section) return null;
  const url = CARGO_SOURCE_URL.exec(text.slice(section.index + section[0].length, section.index + 2000));
  if (!url || CRATES_MIRROR_HOST.test(url[1])) return null;
  return { at: m.index + m[0].lastIndexOf('replace-with'), host: url[1] };
}
const URL_HOSTS = /\bhttps?:\/\/([a-z0-9][\w.-]{0,252})/gi;
/** Hosts of the registries themselves and of documentation a registry script may link to. */
const REGISTRY_OWN_HOST =
  /(?:^|\.)(?:unity\.com|unity3d\.com|openupm\.com|openupm\.cn|npmjs\.org|npmjs\.com|yarnpkg\.com|npmmirror\.com|nuget\.org|github\.com|githubusercontent\.com|microsoft\.com|localhost)$|^127\.|^(?:localhost|0\.0\.0\.0)$/i;
/** Code that writes the settings back (C#, JS, Python, shell, PowerShell). */
const SETTINGS_WRITE =
  /\bFile\.(?:WriteAll(?:Text|Lines|Bytes)|AppendAll(?:Text|Lines))\b|\bwriteFile(?:Sync)?\s{0,4}\(|\bappendFile(?:Sync)?\s{0,4}\(|\.write_text\s{0,4}\(|\bjson\.dump\s{0,4}\(|\.write\s{0,4}\(|\bopen\s{0,4}\([^\n)]{0,120}["'][wa]\+?b?["']|\bSet-Content\b|\bAdd-Content\b|\bOut-File\b|\bsed\s+-i\b|>>?\s{0,4}["']?[\w$~./{}-]{0,120}(?:manifest\.json|\.npmrc|NuGet\.Config)\b|\bnpm\s+config\s+set\b|\bStreamWriter\b/i;
/** The lockfile that pinned the old resolution, deleted so the new registry's versions are taken. */
const LOCK_NAME =
  /packages-lock\.json|package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lockb?|packages\.lock\.json|project\.assets\.json/;
const DELETES =
  /\bFile\.Delete\s{0,4}\(|\bFileUtil\.Delete\w{0,20}\s{0,4}\(|\bunlink(?:Sync)?\s{0,4}\(|\brmSync\s{0,4}\(|\bos\.(?:remove|unlink)\s{0,4}\(|\.unlink\s{0,4}\(|\bRemove-Item\b|\brm\s+-\w{0,4}f|\bdel\s+\/[fq]/i;
/** Editor hooks that run the code on every load without anyone choosing a menu item. */
const EDITOR_AUTORUN = /\[\s{0,4}(?:UnityEditor\.)?(?:InitializeOnLoad(?:Method)?|DidReloadScripts)\b/;

function foreignHost(urls: Iterable<string>): string | null {
  for (const u of urls) if (!REGISTRY_OWN_HOST.test(u)) return u;
  return null;
}

/**
 * Composer's official registries and the code hosts a `vcs` repository points at: Packagist (and
 * Private Packagist), WPackagist, Asset Packagist, Drupal's, GitHub, GitLab, Bitbucket.
 */
const COMPOSER_OWN_HOST =
  /(?:^|\.)(?:packagist\.org|packagist\.com|wpackagist\.org|asset-packagist\.org|drupal\.org|github\.com|gitlab\.com|bitbucket\.org|localhost)$|^127\.|^(?:localhost|0\.0\.0\.0)$/i;
/** Composer package namespaces served by one official registry (WPackagist's plugins and themes). */
const COMPOSER_OFFICIAL_NAMESPACE = /^wpackagist-(?:plugin|theme|muplugin|dropin)\//i;
const COMPOSER_REPOSITORIES = gated(/"repositories"\s{0,8}:/);
const COMPOSER_MAX_TEXT = 1024 * 1024;

/**
 * A composer.json whose repositories route packages to a host that is not an official registry, in
 * a way that makes the host the only source: Packagist turned off (`{"packagist.org": false}`), TLS
 * checks off (`"secure-http": false`), or WPackagist's `wpackagist-*` namespaces claimed by it.
 */
function composerHijack(text: string): { at: number; host: string } | null {
  if (text.length > COMPOSER_MAX_TEXT || !COMPOSER_REPOSITORIES.test(text)) return null;
  let doc: unknown;
  try {
    doc = JSON.parse(text);
  } catch {
    return null;
  }
  if (!doc || typeof doc !== 'object') return null;
  const d = doc as { repositories?: unknown; config?: { 'secure-http'?: unknown } };
  const repos: unknown[] = Array.isArray(d.repositories)
    ? d.repositories
    : d.repositories && typeof d.repositories === 'object'
      ? Object.entries(d.repositories).map(([k, v]) => (v === false ? { [k]: false } : v))
      : [];
  let packagistOff = false;
  let foreign: { url: string; host: string; only: string[] } | null = null;
  for (const r of repos) {
    if (!r || typeof r !== 'object') continue;
    const o = r as Record<string, unknown>;
    if (o['packagist.org'] === false || o['packagist'] === false) packagistOff = true;
    if (typeof o.url !== 'string' || (o.type !== 'composer' && o.type !== 'vcs')) continue;
    const host = /^https?:\/\/([\w.-]{1,253})/i.exec(o.url)?.[1];
    if (!host || COMPOSER_OWN_HOST.test(host)) continue;
    const only = Array.isArray(o.only) ? o.only.filter((x): x is string => typeof x === 'string') : [];
    if (!foreign || only.some((x) => COMPOSER_OFFICIAL_NAMESPACE.test(x)))
      foreign = { url: o.url, host, only };
  }
  if (!foreign) return null;
  const claims = foreign.only.some((x) => COMPOSER_OFFICIAL_NAMESPACE.test(x));
  if (!packagistOff && d.config?.['secure-http'] !== false && !claims) return null;
  return { at: Math.max(0, text.indexOf(foreign.url)), host: foreign.host };
}

/**
 * Gems shadowed or imitated from a foreign gem host: a widely used gem's name, or a name one edit away
 * from one (`jekyll-seo-tags` for `jekyll-seo-tag`), taken from a non-rubygems.org source.
 */
const POPULAR_GEMS = new Set([
  'rails',
  'rack',
  'rake',
  'bundler',
  'jekyll',
  'jekyll-seo-tag',
  'jekyll-sitemap',
  'jekyll-feed',
  'jekyll-redirect-from',
  'jekyll-paginate',
  'jekyll-paginate-v2',
  'jekyll-archives',
  'jekyll-remote-theme',
  'jekyll-include-cache',
  'jekyll-relative-links',
  'jekyll-github-metadata',
  'jekyll-assets',
  'github-pages',
  'minima',
  'webrick',
  'nokogiri',
  'devise',
  'sidekiq',
  'puma',
  'rspec',
  'rspec-rails',
  'rubocop',
  'mysql2',
  'redis',
  'activesupport',
  'activerecord',
  'actionpack',
  'railties',
  'thor',
  'json',
  'faraday',
  'httparty',
  'rest-client',
  'aws-sdk-core',
  'aws-sdk-s3',
  'byebug',
  'capybara',
  'sinatra',
  'unicorn',
  'sprockets',
  'sassc',
  'kramdown',
  'liquid',
  'rouge',
  'tzinfo',
  'tzinfo-data',
  'bootsnap',
  'omniauth',
  'pundit',
  'cancancan',
  'kaminari',
  'will_paginate',
  'carrierwave',
  'sentry-ruby',
  'newrelic_rpm',
  'dotenv',
  'dotenv-rails',
  'rack-attack',
  'jbuilder',
  'turbo-rails',
  'stimulus-rails',
  'importmap-rails',
  'sqlite3',
  'bcrypt',
  'multi_json',
  'mini_magick',
  'image_processing',
  'fastlane',
  'cocoapods',
  'middleman',
  'bridgetown',
  'nanoc',
  'html-proofer',
  'octokit',
  'stripe',
  'twilio-ruby',
  'google-cloud-storage',
  'shopify_api',
  'solidus',
  'spree',
]);
/** rubygems.org and the public mirrors users configure. */
const GEM_OWN_HOST =
  /(?:^|\.)(?:rubygems\.org|ruby-china\.com|tuna\.tsinghua\.edu\.cn|ustc\.edu\.cn|localhost)$|^127\.|^(?:localhost|0\.0\.0\.0)$/i;
/** The opening line of a Gemfile `source "…" do` block; its gems run to the matching `end`. */
const GEM_SOURCE_BLOCK = gated(
  /^[ \t]{0,8}source[ \t(]{1,4}["']https?:\/\/([\w.-]{1,253})[^"'\n]{0,200}["'][ \t)]{0,4}do\b[^\n]{0,200}$/gm,
);
const GEM_BLOCK_LINES = 60;
const GEM_INLINE_SOURCE = gated(
  /^[ \t]{0,8}gem[ \t(]{1,4}["']([\w.-]{1,80})["'][^\n]{0,200}?\bsource:[ \t]{0,4}["']https?:\/\/([\w.-]{1,253})/gm,
);
const GEMFILE_NAME = /(?:^|\/)(?:Gemfile|gems\.rb)$|\.gemfile$/i;

function gemImitated(name: string): string | null {
  const lower = name.toLowerCase();
  if (POPULAR_GEMS.has(lower)) return lower;
  if (lower.length < 5) return null;
  for (const p of POPULAR_GEMS) if (p.length >= 5 && distance(lower, p) === 1) return p;
  return null;
}

function gemSourceHijack(text: string): { at: number; host: string } | null {
  GEM_SOURCE_BLOCK.lastIndex = 0;
  for (const m of text.matchAll(GEM_SOURCE_BLOCK)) {
    if (GEM_OWN_HOST.test(m[1])) continue;
    // The block's lines, up to its `end` (or another source block), read one at a time.
    let at = m.index + m[0].length + 1;
    for (let n = 0; n < GEM_BLOCK_LINES && at < text.length; n++) {
      const eol = text.indexOf('\n', at);
      const line = text.slice(at, eol === -1 ? undefined : Math.min(eol, at + 2000));
      if (/^[ \t]{0,8}(?:end\b|source\b)/.test(line)) break;
      const g = /^[ \t]{0,8}gem[ \t(]{1,4}["']([\w.-]{1,80})["']/.exec(line);
      if (g && gemImitated(g[1])) return { at, host: m[1] };
      if (eol === -1) break;
      at = eol + 1;
    }
  }
  GEM_INLINE_SOURCE.lastIndex = 0;
  for (const m of text.matchAll(GEM_INLINE_SOURCE))
    if (!GEM_OWN_HOST.test(m[2]) && gemImitated(m[1])) return { at: m.index, host: m[2] };
  return null;
}

/**
 * Segments that send a well-known namespace to a foreign registry: HIGH in a settings file or written
 * by the skill's code, CRITICAL when that code also deletes the lockfile or runs from an editor
 * load hook (the user never asked for the change).
 */
function namespaceHijacks({ segments, files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  // A Gemfile has no extension the segmenter reads as Ruby: its source blocks are read from the file.
  for (const f of files) {
    if (!GEMFILE_NAME.test(f.path) || (!testFile(GEM_SOURCE_BLOCK, f) && !testFile(GEM_INLINE_SOURCE, f)))
      continue;
    const found = gemSourceHijack(f.text);
    if (!found) continue;
    const idx = lineIndexOf(lineStarts(f.text), found.at);
    hits.push({
      file: f.path,
      line: idx + 1,
      evidence: `${clean(linesOf(f.text)[idx] ?? '')} (${found.host})`.slice(0, 200),
      severity: 'HIGH',
    });
  }
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'decoded') continue;
    const text = seg.text;
    let at = -1;
    let host: string | null = null;
    if (testSegment(UNITY_SCOPED, seg) && UNITY_CORE_SCOPE.test(text)) {
      host = foreignHost(Array.from(text.matchAll(URL_HOSTS), (m) => m[1]));
      if (host) at = text.indexOf('scopedRegistries');
    }
    if (testSegment(CARGO_REPLACE, seg)) {
      const replaced = cargoReplacement(text);
      if (replaced) ({ at, host } = replaced);
    }
    if (at === -1 && testSegment(COMPOSER_REPOSITORIES, seg)) {
      const replaced = composerHijack(text);
      if (replaced) ({ at, host } = replaced);
    }
    // Gemfile text in a Ruby block (a README snippet to paste) is the settings themselves.
    let gemfile = false;
    if (
      at === -1 &&
      !GEMFILE_NAME.test(seg.file) &&
      (testSegment(GEM_SOURCE_BLOCK, seg) || testSegment(GEM_INLINE_SOURCE, seg))
    ) {
      const replaced = gemSourceHijack(text);
      if (replaced) ({ at, host } = replaced);
      gemfile = replaced !== null;
    }
    for (const re of [NPM_SCOPE_REGISTRY, NUGET_ORG_KEY, BUN_SCOPE_REGISTRY, YARN_SCOPE_REGISTRY]) {
      if (at !== -1 || !testSegment(re, seg)) continue;
      // The scope tables are read where the package manager reads them: bunfig.toml, .yarnrc.yml.
      if (re === BUN_SCOPE_REGISTRY && !/\[[ \t]{0,4}install\.scopes[ \t]{0,4}\]/.test(text)) continue;
      if (re === YARN_SCOPE_REGISTRY && !/^npmScopes:/m.test(text)) continue;
      re.lastIndex = 0;
      for (const m of text.matchAll(re)) {
        const h = /^https?:\/\/([\w.-]+)/i.exec(m[1])![1];
        if (!REGISTRY_OWN_HOST.test(h)) {
          host = h;
          at = m.index;
          break;
        }
      }
    }
    if (at === -1 || !host) continue;
    const program = seg.kind === 'code' && seg.lang !== 'json' && seg.lang !== 'yaml';
    if (
      program &&
      !gemfile &&
      !SETTINGS_WRITE.test(text) &&
      !/\.npmrc$|manifest\.json$|nuget\.config$|\.cargo\/config(?:\.toml)?$/i.test(seg.file)
    )
      continue;
    const forced = program && ((LOCK_NAME.test(text) && DELETES.test(text)) || EDITOR_AUTORUN.test(text));
    const idx = lineIndexOf(lineStarts(text), at);
    hits.push({
      file: seg.file,
      line: fileLineOf(seg, idx),
      evidence:
        `${clean(text.slice(lineStarts(text)[idx], text.indexOf('\n', at) >>> 0 || undefined))} (${host})`.slice(
          0,
          200,
        ),
      severity: forced ? 'CRITICAL' : 'HIGH',
      depth: seg.depth,
    });
  }
  return hits;
}

/** R's downloads (install.packages, renv, remotes) told to skip TLS checks: curl/wget flags in `download.file.extra`. */
const R_TLS_OFF =
  /\bdownload\.file\.extra["'`]?[ \t]{0,4}(?:=|<-)[ \t]{0,4}(?:paste0?\([ \t]{0,4})?["'][^"'\n]{0,120}?(?:(?<![\w-])-k\b|--insecure\b|--proxy-insecure\b|--no-check-certificate\b)/g;
/** A line that sets R's package repositories (`repos = c(CRAN = "…")`, `options(repos = …)`, renv's override). */
const R_REPOS_LINE = /\brepos\b|\bCRAN["'`]?[ \t]{0,4}=/;
const R_URL_HOST = /\bhttps?:\/\/([a-z0-9.-]{1,253})/gi;
/** CRAN and its official mirrors, Posit Package Manager, R-universe, Bioconductor. */
const OFFICIAL_R_HOST =
  /(?:^|\.)(?:r-project\.org|rstudio\.com|posit\.co|p3m\.dev|r-universe\.dev|bioconductor\.org)$/i;

function foreignRRepos(text: string): boolean {
  for (const line of text.split('\n').slice(0, 5000)) {
    if (line.length > 2000 || !R_REPOS_LINE.test(line)) continue;
    for (const m of line.matchAll(R_URL_HOST)) if (!OFFICIAL_R_HOST.test(m[1])) return true;
  }
  return false;
}

/**
 * Hosts of CRAN mirrors a user may pick besides the official ones: academic networks (`.edu`, `.ac.xx`,
 * whose registration is restricted) and the large public cloud mirrors.
 */
const R_MIRROR_HOST =
  /(?:^|\.)(?:edu|edu\.[a-z]{2}|ac\.[a-z]{2}|aliyun\.com|tencent\.com|huaweicloud\.com|localhost)$|^127\.|^localhost$/i;
/** A line that sets R's repositories: a `CRAN =` entry, or `repos =` in options() or an install call. */
const R_CRAN_LINE =
  /\bCRAN["'`]?[ \t]{0,4}=|\b(?:options|(?:install|update|available)\.packages|install_\w{1,20})[ \t]{0,4}\([^\n]{0,300}?\brepos[ \t]{0,4}=/;
/** `CRAN = <name>` or `repos = <name>`: a repository given by a variable bound elsewhere in the script. */
const R_REPOS_NAME =
  /\b(?:CRAN["'`]?|repos)[ \t]{0,4}=[ \t]{0,4}(?:c[ \t]{0,4}\([ \t]{0,4})?([A-Za-z][\w.]{0,60})\b(?![ \t]{0,4}[=(])/g;
/** An R startup file the setting is written to (user or site-wide), and a write in R or the shell. */
const R_STARTUP_FILE = /\.Rprofile\b|\bRprofile\.site\b|\bR_PROFILE(?:_USER)?\b/;
const R_FILE_WRITE =
  /\bcat[ \t]{0,4}\([^\n]{0,300}\bfile[ \t]{0,4}=|\b(?:writeLines|write|file\.append|file\.copy|sink)[ \t]{0,4}\(|>>|\btee\b|(?:^|[;&|][ \t]{0,4})(?:cp|install)[ \t]/m;
/** A package file installed by URL, bypassing the repository index (`repos = NULL`, install_url). */
const R_URL_INSTALL = /\binstall\.packages[ \t]{0,4}\([^\n]{0,400}|\binstall_url[ \t]{0,4}\([^\n]{0,400}/g;
const MAX_R_LINES = 5000;
const MAX_R_LINE = 2000;
const MAX_R_NAMES = 16;

interface RRepo {
  host: string;
  /** Line index of the setting in the segment. */
  line: number;
  /** The variable the URL was bound to, when it was given by name. */
  name?: string;
}

/** The first repository setting of an R script (or a shell line writing one) on a non-official host. */
function foreignRRepo(text: string): RRepo | null {
  const lines = text.split('\n', MAX_R_LINES);
  // Each name is looked up once, and only a few names: a file of many `repos = name` lines stays linear.
  const looked = new Map<string, string | null>();
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (line.length > MAX_R_LINE || !R_CRAN_LINE.test(line)) continue;
    for (const m of line.matchAll(R_URL_HOST))
      if (!OFFICIAL_R_HOST.test(m[1]) && !R_MIRROR_HOST.test(m[1]))
        return { host: m[1].toLowerCase(), line: i };
    for (const n of line.matchAll(R_REPOS_NAME)) {
      if (/^(?:NULL|TRUE|FALSE|NA|getOption|c)$/.test(n[1])) continue;
      let bound = looked.get(n[1]);
      if (bound === undefined) {
        if (looked.size >= MAX_R_NAMES) continue;
        looked.set(n[1], (bound = boundUrl(lines, n[1])));
      }
      if (bound && !OFFICIAL_R_HOST.test(bound) && !R_MIRROR_HOST.test(bound))
        return { host: bound.toLowerCase(), line: i, name: n[1] };
    }
  }
  return null;
}

/** The host of the URL a name is bound to (`repo <- "https://…"`, `repo = "https://…"`). */
function boundUrl(lines: readonly string[], name: string): string | null {
  const esc = name.replace(/\./g, '\\.');
  const bind = new RegExp(
    `^[ \\t]{0,40}${esc}[ \\t]{0,4}(?:<-|=)[ \\t]{0,4}["']https?:\\/\\/([a-z0-9.-]{1,253})`,
    'i',
  );
  for (const l of lines) {
    if (l.length > MAX_R_LINE || !l.includes(name)) continue;
    const m = bind.exec(l);
    if (m) return m[1];
  }
  return null;
}

/**
 * R's CRAN repository pointed at a host that is not CRAN, a CRAN mirror, Posit or R-universe. R checks no
 * signatures: the host serves every package installed from it. MEDIUM alone (a company's package
 * manager); HIGH when the script writes it into a startup file, so every later install in every project
 * takes that host's builds, or installs a package file straight from the same host (the "mirror" serves
 * packages CRAN does not have).
 */
function foreignCranRepos({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'decoded') continue;
    if (!R_CRAN_LINE.test(seg.text)) continue;
    const repo = foreignRRepo(seg.text);
    if (!repo) continue;
    const persisted = R_STARTUP_FILE.test(seg.text) && R_FILE_WRITE.test(seg.text);
    let direct = false;
    for (const m of seg.text.matchAll(R_URL_INSTALL)) {
      const call = m[0].toLowerCase();
      const fromHost = call.includes(repo.host) || (repo.name !== undefined && m[0].includes(repo.name));
      if (fromHost && (/\brepos[ \t]{0,4}=[ \t]{0,4}null\b/.test(call) || /install_url/.test(call))) {
        direct = true;
        break;
      }
    }
    const lines = linesOf(seg.text);
    out.push({
      file: seg.file,
      line: fileLineOf(seg, repo.line),
      evidence: `${clean(lines[repo.line] ?? '')} (${repo.host})`.slice(0, 200),
      severity: persisted || direct ? 'HIGH' : 'MEDIUM',
      depth: seg.depth,
    });
  }
  return out;
}

/** Lockfiles by name: npm, Yarn, pnpm, Bun (text), Deno, uv and PDM. */
const LOCKFILE_NAME =
  /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.yaml|bun\.lock|deno\.lock|uv\.lock|pdm\.lock)$/i;
/** An integrity value: SRI (`sha512-<base64>`) or a `sha256:<hex>` hash. */
const LOCK_INTEGRITY = gated(
  /\bsha(?:1|256|384|512)(?:-([A-Za-z0-9+/]{16,100})={0,2}|:([0-9a-fA-F]{40,128}))/g,
);
/** A hash made up rather than computed: a long run of one character, or hardly any distinct ones. */
function placeholderHash(hash: string): boolean {
  return /(.)\1{11}/.test(hash) || new Set(hash).size <= 3;
}
/** Public registries and code hosts a lockfile resolves from. */
const PUBLIC_REGISTRY_HOST =
  /(?:^|\.)(?:npmjs\.org|npmjs\.com|yarnpkg\.com|npmmirror\.com|jsr\.io|deno\.land|github\.com|githubusercontent\.com|pythonhosted\.org|pypi\.org)$/i;
const LOCK_URL_HOST = /\bhttps?:\/\/([a-z0-9][\w.-]{0,252})/gi;
/** Registry settings files that could route installs to the same host. */
const REGISTRY_SETTINGS =
  /(?:^|\/)(?:bunfig\.toml|\.?npmrc|\.?yarnrc(?:\.yml)?|pip\.conf|pip\.ini|uv\.toml|pyproject\.toml|\.pypirc|pnpm-workspace\.yaml)$/i;
const MAX_LOCK_MATCHES = 20000;

/**
 * A committed lockfile entry whose integrity is a placeholder (a run of one character) and whose tarball
 * sits on a host that is not a public registry: the lockfile was edited by hand to install a package from
 * that host, and the hash that would have caught the swap was made up. CRITICAL when a registry setting of
 * the skill routes installs to the same host (the settings and the lockfile were altered to match) or the
 * entry runs an install script.
 */
function forgedLockEntries({ files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!LOCKFILE_NAME.test(f.path) || !testFile(LOCK_INTEGRITY, f)) continue;
    const starts = lineStarts(f.text);
    LOCK_INTEGRITY.lastIndex = 0;
    let n = 0;
    let lastLine = -1;
    for (const m of f.text.matchAll(LOCK_INTEGRITY)) {
      if (++n > MAX_LOCK_MATCHES) break;
      if (!placeholderHash(m[1] ?? m[2])) continue;
      // One entry per line: a line of many hashes is read once.
      const idx = lineIndexOf(starts, m.index);
      if (idx === lastLine) continue;
      lastLine = idx;
      // The entry: the hash's line and the three before it (package-lock, yarn.lock put the URL above).
      // An entry written on one line (bun.lock, pnpm, uv) is that line alone.
      const to = f.text.indexOf('\n', m.index) >>> 0;
      const own = f.text.slice(starts[idx], Math.min(to, starts[idx] + 4000));
      const from = /:\/\//.test(own) ? starts[idx] : starts[Math.max(0, idx - 3)];
      const entry = f.text.slice(from, Math.min(to, from + 4000));
      let host: string | null = null;
      for (const u of entry.matchAll(LOCK_URL_HOST))
        if (!PUBLIC_REGISTRY_HOST.test(u[1]) && !/^(?:localhost|127\.)/i.test(u[1]))
          host = u[1].toLowerCase();
      if (!host) continue;
      const routed = files.some(
        (o) => o !== f && REGISTRY_SETTINGS.test(o.path) && o.text.toLowerCase().includes(host),
      );
      const script =
        /["']?(?:pre|post)?install["']?\s{0,4}:|\bhasInstallScript\b|\brequiresBuild:\s{0,4}true/.test(entry);
      hits.push({
        file: f.path,
        line: idx + 1,
        evidence: `${clean(f.text.slice(starts[idx], Math.min(to, starts[idx] + 160)))} (${host})`.slice(
          0,
          200,
        ),
        severity: routed || script ? 'CRITICAL' : 'HIGH',
      });
      if (hits.length >= 5) break;
    }
  }
  return hits;
}

/**
 * Hosts embedded toolchains, board packages and libraries are published on: the code forges and
 * their pages, the PlatformIO registry, and the chip and board vendors' own download sites.
 */
const FIRMWARE_HOST =
  /^(?:(?:[\w-]{1,63}\.){0,4}(?:github\.com|githubusercontent\.com|github\.io|gitlab\.com|gitlab\.io|bitbucket\.org|codeberg\.org|platformio\.org|espressif\.com|espressif\.cn|arduino\.cc|esp8266\.com|adafruit\.com|seeedstudio\.com|pjrc\.com|sparkfun\.com|m5stack\.com|st\.com|nordicsemi\.com|raspberrypi\.com|raspberrypi\.org|microchip\.com|silabs\.com|ti\.com|sipeed\.com|heltec\.org|lilygo\.cc|digistump\.com|arm\.com|zephyrproject\.org)|localhost|127\.0\.0\.1)$/i;
/** A PlatformIO project setting that names where packages come from, and the kind of package it fetches. */
const PIO_KEY = /^[ \t]{0,8}(platform|platform_packages|lib_deps)[ \t]{0,4}=/;
/** A key line of an INI section (a new setting ends the previous one's continuation lines). */
const INI_KEY = /^[ \t]{0,8}[\w.-]{1,80}[ \t]{0,4}=|^[ \t]{0,8}\[/;
/** `pio pkg install --platform URL`, `platformio platform install URL`, `pio lib install URL`. */
const PIO_INSTALL =
  /\b(?:pio|platformio)[ \t]{1,4}(?:pkg[ \t]{1,4}install|platform[ \t]{1,4}install|lib[ \t]{1,4}(?:-g[ \t]{1,4})?install)\b[^\n]{0,300}/;
/** Board-manager index URLs of the Arduino IDE and arduino-cli (settings, flags, preferences.txt). */
const ARDUINO_INDEX_KEY = /\badditional[_.-]urls\b|\bboardsmanager\.additional\.urls\b|--additional-urls\b/i;
/** An index named after a vendor's official one (`package_esp32_index.json`): a copy passed off as theirs. */
const VENDOR_INDEX_NAME =
  /\/package_(?:esp32|esp8266com|adafruit|rp2040|stmicroelectronics|seeeduino_boards|teensy|m5stack|arduino|sparkfun|heltec_esp32|nrf5|digistump|mbed)[\w.-]{0,20}_index\.json\b/i;
const FIRMWARE_SOURCE = gated(
  /\b(?:platform|platform_packages|lib_deps)[ \t]{0,4}=|\b(?:pio|platformio)[ \t]{1,4}(?:pkg|platform|lib)\b|\badditional[_.-]urls\b|\bboardsmanager\.additional\.urls\b/i,
);
const SOURCE_URL = /\bhttps?:\/\/([A-Za-z0-9.-]{1,253})(?::\d{1,5})?(\/[^\s"',\]]{0,500})?/g;
const MAX_SOURCE_LINE = 2000;
const MAX_SOURCE_LINES = 20000;

interface FirmwareSource {
  /** Code run at build or flash time (a platform's builder, a toolchain, a board package), or a library. */
  runs: boolean;
  hit: RawHit;
}

/** The package sources of one segment's lines: what each URL on an unknown host brings in. */
function firmwareSources(seg: Segment): FirmwareSource[] {
  const out: FirmwareSource[] = [];
  const lines = seg.text.split('\n', MAX_SOURCE_LINES);
  let key: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].slice(0, MAX_SOURCE_LINE);
    if (/^[ \t]{0,8}[;#]/.test(line)) continue;
    const pio = PIO_KEY.exec(line)?.[1];
    if (pio) key = pio;
    else if (INI_KEY.test(line) || !/^[ \t]/.test(line)) key = null;
    const install = PIO_INSTALL.exec(line)?.[0];
    const arduino =
      ARDUINO_INDEX_KEY.test(line) ||
      (key === null && /^[ \t]{0,12}-[ \t]/.test(line) && arduinoList(lines, i));
    if (!key && !install && !arduino) continue;
    for (const m of line.matchAll(SOURCE_URL)) {
      if (FIRMWARE_HOST.test(m[1])) continue;
      let runs: boolean;
      if (arduino) runs = VENDOR_INDEX_NAME.test(m[0]);
      else if (install) runs = !/\blib\b|--library\b|\s-l\b/.test(install);
      else
        runs =
          key === 'platform' ||
          (key === 'platform_packages' &&
            /\b(?:toolchain|framework|tool)-[\w.-]{1,80}[ \t]{0,4}@/.test(line));
      out.push({
        runs,
        hit: { file: seg.file, line: fileLineOf(seg, i), evidence: clean(line), depth: seg.depth },
      });
      break;
    }
  }
  return out;
}

/** A `- url` list item under an `additional_urls:` key a few lines up (arduino-cli.yaml). */
function arduinoList(lines: readonly string[], i: number): boolean {
  for (let k = i - 1; k >= Math.max(0, i - 20); k--) {
    const l = lines[k].slice(0, MAX_SOURCE_LINE);
    if (/^[ \t]{0,12}-[ \t]/.test(l)) continue;
    return ARDUINO_INDEX_KEY.test(l);
  }
  return false;
}

/**
 * Embedded toolchains pulled from an unknown host: a PlatformIO platform (its builder scripts run at
 * every build), a toolchain, framework or uploader package, or an Arduino board index copied under a
 * vendor's official name. HIGH for those; a library alone (or an unknown vendor's board index) MEDIUM.
 */
function firmwareToolchainSources({ segments }: CustomInput): RawHit[] {
  let worst: FirmwareSource | null = null;
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config' && seg.kind !== 'decoded') continue;
    if (!testSegment(FIRMWARE_SOURCE, seg)) continue;
    for (const src of firmwareSources(seg)) {
      if (!worst || (src.runs && !worst.runs)) worst = src;
    }
  }
  if (!worst) return [];
  return [{ ...worst.hit, severity: worst.runs ? 'HIGH' : 'MEDIUM' }];
}

/**
 * Ansible Galaxy servers (ansible.cfg `[galaxy] server_list` with `[galaxy_server.NAME] url`): the
 * list is searched in order, so a server on another host ahead of galaxy.ansible.com or Red Hat's
 * Automation Hub answers for every public namespace (`cisco.ios`, `ansible.posix`) and serves the
 * collections whose modules and plugins then run. A private hub listed alone is a review item.
 */
const GALAXY_SERVER_LIST = gated(
  /(?:^[ \t]*(?:export[ \t]+)?|\b)(?:ANSIBLE_GALAXY_SERVER_LIST|server_list)[ \t]*[=:][ \t]*["']?([\w, \t-]{1,400}?)["']?[ \t]*$/m,
);
/** A server's URL given in the environment: `ANSIBLE_GALAXY_SERVER_<NAME>_URL=…`. */
const GALAXY_ENV_URL = /\bANSIBLE_GALAXY_SERVER_(\w{1,80}?)_URL[ \t]*[=:][ \t]*["']?([^\s"']{1,400})/g;
const GALAXY_SERVER_SECTION = /^[ \t]*\[galaxy_server\.([\w-]{1,80})\][ \t]*$/gm;
const INI_URL = /^[ \t]*url[ \t]*[=:][ \t]*["']?([^\s"']{1,400})/m;
const NEXT_SECTION = /^[ \t]*\[/m;
/** A Galaxy server given as one URL: `[galaxy] server =`, ANSIBLE_GALAXY_SERVER, `ansible-galaxy … -s/--server`. */
const GALAXY_SINGLE_SERVER = gated(
  /^[ \t]*server[ \t]*[=:][ \t]*["']?(https?:\/\/[^\s"']{1,300})|\bANSIBLE_GALAXY_SERVER[ \t]*[=:][ \t]*["']?(https?:\/\/[^\s"']{1,300})|\bansible-galaxy\b[^\n]{0,300}?(?:\s-s|\s--server)[ \t=]{1,4}["']?(https?:\/\/[^\s"']{1,300})|^[ \t]*-?[ \t]*source[ \t]*:[ \t]*["']?(https?:\/\/[^\s"']{1,300})/gm,
);
const GALAXY_SECTION = /^[ \t]*\[galaxy\][ \t]*$/m;
/** An ansible-galaxy requirements file: top-level `collections:` or `roles:`. */
const GALAXY_REQUIREMENTS = /^(?:collections|roles)[ \t]*:/m;
/** Namespaces of collections published on the public Galaxy by vendors and the Ansible project. */
const PUBLIC_NAMESPACE =
  /\bname[ \t]*:[ \t]*["']?(?:ansible|community|cisco|arista|junipernetworks|vyos|fortinet|paloaltonetworks|amazon|azure|google|kubernetes|redhat|containers|openstack|netbox|ansible_collections)\.\w/;
const OFFICIAL_GALAXY =
  /^https?:\/\/(?:(?:old-)?galaxy\.ansible\.com|console\.redhat\.com|cloud\.redhat\.com)(?:[:/]|$)/i;

function galaxyServerUrls(text: string): Map<string, { url: string; at: number }> {
  const urls = new Map<string, { url: string; at: number }>();
  let seen = 0;
  GALAXY_SERVER_SECTION.lastIndex = 0;
  for (
    let m = GALAXY_SERVER_SECTION.exec(text);
    m !== null && seen++ < 200;
    m = GALAXY_SERVER_SECTION.exec(text)
  ) {
    const from = m.index + m[0].length;
    const body = text.slice(from, from + 4000);
    const end = NEXT_SECTION.exec(body)?.index ?? body.length;
    const url = INI_URL.exec(body.slice(0, end));
    if (url) urls.set(m[1].toLowerCase(), { url: url[1], at: from + url.index });
  }
  seen = 0;
  GALAXY_ENV_URL.lastIndex = 0;
  for (let m = GALAXY_ENV_URL.exec(text); m !== null && seen++ < 200; m = GALAXY_ENV_URL.exec(text))
    urls.set(m[1].toLowerCase(), { url: m[2], at: m.index });
  return urls;
}

function galaxyHit(file: { path: string; text: string }, at: number, severity: 'HIGH' | 'MEDIUM'): RawHit {
  const line = lineIndexOf(lineStarts(file.text), at);
  return {
    file: file.path,
    line: line + 1,
    evidence: clean(file.text.split('\n', line + 1)[line] ?? ''),
    severity,
  };
}

function galaxyServers({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const file of files) {
    GALAXY_SINGLE_SERVER.lastIndex = 0;
    if (!testFile(GALAXY_SERVER_LIST, file) && !testFile(GALAXY_SINGLE_SERVER, file)) continue;
    const list = GALAXY_SERVER_LIST.exec(file.text);
    if (list) {
      const urls = galaxyServerUrls(file.text);
      const servers = list[1].split(',').map((n) => urls.get(n.trim().toLowerCase()));
      const first = servers[0];
      if (first && !OFFICIAL_GALAXY.test(first.url)) {
        // Ahead of the public Galaxy it shadows: every public namespace resolves there first.
        const shadows = servers.slice(1).some((s) => s && OFFICIAL_GALAXY.test(s.url));
        out.push(galaxyHit(file, first.at, shadows ? 'HIGH' : 'MEDIUM'));
        continue;
      }
    }
    GALAXY_SINGLE_SERVER.lastIndex = 0;
    for (let m = GALAXY_SINGLE_SERVER.exec(file.text); m !== null; m = GALAXY_SINGLE_SERVER.exec(file.text)) {
      const url = m[1] ?? m[2] ?? m[3] ?? m[4];
      if (OFFICIAL_GALAXY.test(url)) continue;
      // A bare `server =` key is Galaxy's only under a `[galaxy]` section.
      if (m[1] !== undefined && !GALAXY_SECTION.test(file.text)) continue;
      if (m[4] !== undefined) {
        if (!GALAXY_REQUIREMENTS.test(file.text)) continue;
        // A public vendor's collection (`- name: cisco.ios` just above) taken from another host.
        const lines = linesOf(file.text);
        const line = lineIndexOf(lineStarts(file.text), m.index);
        const entry = lines.slice(Math.max(0, line - 3), line + 1).join('\n');
        out.push(galaxyHit(file, m.index, PUBLIC_NAMESPACE.test(entry) ? 'HIGH' : 'MEDIUM'));
        break;
      }
      out.push(galaxyHit(file, m.index, 'MEDIUM'));
      break;
    }
  }
  return out;
}

/** A Gradle wrapper's settings (`gradle/wrapper/gradle-wrapper.properties`, or a template copy of it). */
const WRAPPER_PROPERTIES = /(?:^|\/)gradle-wrapper\.properties(?:\.[\w-]{1,20})?$/i;
/** The distribution the wrapper downloads and runs on every build (`:` escaped as `\:` in properties). */
const DISTRIBUTION_URL =
  /^[ \t]{0,40}distributionUrl[ \t]{0,4}[=:][ \t]{0,4}(https?)\\?:\/\/(?:[^\s/@]{1,200}@)?([A-Za-z0-9.-]{1,253})/m;
/** Gradle's own distribution hosts. */
const GRADLE_DISTRIBUTION_HOST = /^(?:services|downloads)\.gradle\.org$|^downloads\.gradle-dn\.com$/i;
/** The distribution's checksum pinned: the wrapper refuses any other zip, wherever it comes from. */
const DISTRIBUTION_PINNED = /^[ \t]{0,40}distributionSha256Sum[ \t]{0,4}[=:][ \t]{0,4}[0-9a-f]{64}\b/im;
/** The wrapper's check of the URL switched off. */
const VALIDATION_OFF = /^[ \t]{0,40}validateDistributionUrl[ \t]{0,4}[=:][ \t]{0,4}false\b/im;

/**
 * A Gradle wrapper that downloads its distribution (a program run on every build, with the user's
 * credentials and signing keys at hand) from a host other than Gradle's own, with no checksum pinned.
 * HIGH with the URL's validation switched off or over plain HTTP; MEDIUM otherwise, and for a host on
 * the user's own network (the organisation's mirror).
 */
function foreignGradleWrappers({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (!WRAPPER_PROPERTIES.test(f.path) || f.text.length > 64 * 1024) continue;
    const m = DISTRIBUTION_URL.exec(f.text);
    if (!m || GRADLE_DISTRIBUTION_HOST.test(m[2]) || DISTRIBUTION_PINNED.test(f.text)) continue;
    const local = LOCAL_REPO_HOST.test(m[2]);
    const loose = VALIDATION_OFF.test(f.text) || m[1].toLowerCase() === 'http';
    // The pattern opens at the start of the line.
    const line = lineIndexOf(lineStarts(f.text), m.index);
    out.push({
      file: f.path,
      line: line + 1,
      evidence: clean(linesOf(f.text)[line] ?? m[0]),
      depth: 0,
      severity: loose && !local ? 'HIGH' : 'MEDIUM',
    });
  }
  return out;
}

/** A dependency cloned with git from a host (`git+https://host/…`, `git://host/…`, `git+ssh://git@host:…`), and its ref. */
export const GIT_DEPENDENCY =
  /^(?:git\+(?:https?|ssh)|git):\/\/(?:[^@/\s]{1,100}@)?([A-Za-z0-9.-]{1,253})[:/][^#\s]{1,400}(?:#([^\s]{0,200}))?$/i;
/** Public code hosts, whose repositories are reviewed elsewhere (the owner is the signal there). */
const CODE_HOSTS =
  /^(?:www\.)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|(?:ssh\.)?dev\.azure\.com|git\.sr\.ht)$/i;
/** A ref that cannot move: a commit hash, a semver range npm resolves to a tag, or a version tag. */
const FIXED_REF =
  /^(?:[0-9a-f]{7,40}|semver:[^\s]{1,100}|v?\d{1,6}\.\d{1,6}(?:\.\d{1,6})?(?:[-+][\w.-]{1,60})?)$/i;
/** The npm lifecycle scripts `npm install` runs. */
const NPM_INSTALL_HOOKS = ['preinstall', 'install', 'postinstall', 'prepare'];

function asObject(v: unknown): Record<string, unknown> | null {
  return v && typeof v === 'object' && !Array.isArray(v) ? (v as Record<string, unknown>) : null;
}

/**
 * A manifest's dependency cloned from a git server that is not a public code host, at a branch (or no
 * ref): whoever controls that server changes the code on every install. HIGH when the manifest's own
 * install hook runs it (`"postinstall": "<dep> …"`); MEDIUM alone, or for a server on the user's network.
 */
function movingGitDependencies({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (!/(?:^|\/)package\.json$/i.test(f.path) || f.text.length > 512 * 1024 || !f.text.includes('git'))
      continue;
    let root: Record<string, unknown> | null;
    try {
      root = asObject(JSON.parse(f.text));
    } catch {
      continue;
    }
    if (!root) continue;
    const scripts = asObject(root.scripts) ?? {};
    const hooks = NPM_INSTALL_HOOKS.map((h) => scripts[h]).filter((c): c is string => typeof c === 'string');
    for (const key of ['dependencies', 'devDependencies', 'optionalDependencies']) {
      for (const [name, spec] of Object.entries(asObject(root[key]) ?? {})) {
        if (typeof spec !== 'string') continue;
        const m = GIT_DEPENDENCY.exec(spec.trim());
        if (!m || CODE_HOSTS.test(m[1]) || (m[2] && FIXED_REF.test(m[2]))) continue;
        const bin = name.slice(name.lastIndexOf('/') + 1);
        const runs = hooks.some((c) =>
          c
            .slice(0, 1000)
            .split(/[\s;&|()]+/)
            .some((w) => w === bin || w === name || w.includes(`node_modules/${name}/`)),
        );
        const at = Math.max(0, f.text.indexOf(`"${name}"`));
        const starts = lineStarts(f.text);
        const line = lineIndexOf(starts, at);
        out.push({
          file: f.path,
          line: line + 1,
          evidence: clean(linesOf(f.text)[line] ?? spec),
          depth: 0,
          severity: runs && !LOCAL_REPO_HOST.test(m[1]) ? 'HIGH' : 'MEDIUM',
        });
      }
    }
  }
  return out;
}

export const SUPPLY_CHAIN_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-SUPPLY-001',
    family: 'supply-chain',
    severity: 'HIGH',
    message: 'Installs a package whose name is one typo away from a popular package (typosquat)',
    remediation: REMEDIATION,
    check: (input) => [
      ...installs(input, typosquat),
      ...manifestPackages(input).flatMap(({ pkg, hit }) => typosquat(pkg, hit) ?? []),
    ],
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-002',
    family: 'supply-chain',
    severity: 'HIGH',
    message: 'Pulls an internal-looking package from the public registry (dependency confusion)',
    remediation: REMEDIATION,
    check: (input) => {
      let claims: boolean | undefined;
      // Installs from a skill that sets its own primary Python index resolve there, not on public PyPI.
      const claimsInternal = () =>
        (claims ??=
          input.files.some((f) => /\binternal (?:registry|package|mirror|index)\b/i.test(f.text)) &&
          !input.files.some((f) => testFile(PRIMARY_PY_INDEX, f)));
      return installs(input, (pkg, hit) => {
        if (/--registry|--index-url|--dry-run/.test(hit.evidence)) return null;
        if (INTERNAL_SCOPE.test(pkg) || (/\bnpx\s|pip3?\s+install\s/.test(hit.evidence) && claimsInternal()))
          return hit;
        return null;
      });
    },
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-003',
    family: 'supply-chain',
    severity: 'MEDIUM',
    message: 'Package name mixes look-alike characters (capital I for l, digit 0 for o)',
    remediation: REMEDIATION,
    check: (input) =>
      installs(input, (pkg, hit) =>
        /[A-Z]/.test(pkg) && !pkg.startsWith('@') && /npm|npx|yarn|pnpm|bun/.test(hit.evidence) ? hit : null,
      ),
  },
  {
    type: 'pattern',
    id: 'SG-SUPPLY-004',
    family: 'supply-chain',
    severity: 'HIGH',
    message: 'Points the package manager at a look-alike of the official npm registry',
    remediation: 'Use registry.npmjs.org or your organisation’s own, known registry.',
    pattern:
      /\b(?:registry|@[\w-]+:registry)\s*[=:]\s*["']?https?:\/\/(?!(?:registry\.npmjs\.org|registry\.yarnpkg\.com)\b)[\w.-]*(?:npmjs|yarnpkg)[\w.-]*/gi,
    hints: ['npmjs', 'yarnpkg'],
    needs: [['registry']],
  },
  {
    type: 'pattern',
    id: 'SG-SUPPLY-005',
    family: 'supply-chain',
    severity: 'HIGH',
    message: 'Turns off Go module checksum verification or routes modules through an unknown proxy',
    remediation: 'Keep GOSUMDB on and GOPROXY at proxy.golang.org (or your organisation’s own proxy).',
    pattern:
      /\b(?:go\s+env\s+-w\s+|export\s+|ENV\s+)[^\n]*\bGO(?:SUMDB=["']?off|NOSUMCHECK=|NOSUMDB=["']?\*|INSECURE=|FLAGS=["']?-insecure|PROXY=["']?(?!https:\/\/proxy\.golang\.org|direct|off)https?:\/\/)/g,
    hints: ['gosumdb', 'gonosum', 'goinsecure', 'goflags', 'goproxy'],
    in: 'code',
    // With the checksum database on, a mirror cannot serve altered public modules: switching the proxy
    // alone is a review item; it is the checks turned off beside it that let a proxy serve its own code.
    adjust: (m, ctx) =>
      /PROXY=[^\n]*$/.test(m.match) && !GO_CHECKS_OFF.test(ctx.fileText(m.segment.file) || m.lineText)
        ? 'MEDIUM'
        : 'HIGH',
  },
  {
    type: 'pattern',
    id: 'SG-SUPPLY-006',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'Lets any configured package index win for any package (uv/pip unsafe index strategy: dependency confusion by design)',
    remediation: 'Keep the default first-index strategy and pin private packages to their own index.',
    pattern: /\b(?:index-strategy|UV_INDEX_STRATEGY)\b\s*[=:]?\s*["']?unsafe-(?:best|first)-match\b/gi,
    hints: ['unsafe-best-match', 'unsafe-first-match'],
  },
  {
    type: 'pattern',
    id: 'SG-SUPPLY-007',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'Runs git hooks from a repository pinned to a moving branch (pre-commit `rev: main/stable`): whoever pushes to it changes what runs on every commit',
    remediation:
      'Pin every hook repository to a release tag or, better, a commit SHA (`pre-commit autoupdate --freeze`).',
    // A `- repo:` URL with its `rev:` a few lines below, before the next repo entry.
    pattern:
      /^[ \t]*-?[ \t]*repo:[ \t]*["']?(?:https?:\/\/|ssh:\/\/|git@)[^\s"']{1,300}["']?[ \t]*(?:#[^\n]{0,200})?\n(?:(?![ \t]*-[ \t]*repo:)[^\n]{0,300}\n){0,3}?[ \t]*rev:[ \t]*["']?(?:main|master|stable|latest|head|trunk|develop|dev|nightly|edge)["']?[ \t]*(?:#[^\n]{0,200})?$/gim,
    hints: ['rev:'],
    needs: [['repo:']],
    in: 'code',
    // On the big forges the repository is usually the upstream project itself; an unknown host
    // serving hooks from a branch is one nobody reviews.
    adjust: ({ match }) =>
      /repo:[ \t]*["']?(?:https?:\/\/|ssh:\/\/|git@)(?:[\w-]+@)?(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org)[/:]/i.test(
        match,
      )
        ? 'MEDIUM'
        : 'HIGH',
  },
  {
    type: 'pattern',
    id: 'SG-SUPPLY-008',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'Strips the integrity hashes out of a lockfile (any tarball the registry serves is then installed unchecked)',
    remediation: 'Keep lockfile hashes; regenerate the lockfile with the package manager if they are stale.',
    // A regex replace of the integrity field with nothing (JS, Python), a delete of the key, a jq del().
    pattern:
      /\.replace(?:All)?\(\s*\/[^\n/]{0,40}integrity[^\n]{0,120}?,\s*(?:''|""|``)\s*\)|\bre\.sub\(\s*r?["'][^\n]{0,60}integrity[^\n]{0,120}?,\s*(?:''|"")|\bdelete\s+[\w.$[\]'"]{1,80}(?:\.integrity\b|\[["']integrity["']\])|\.pop\(\s*["']integrity["']|\bdel\s*\([^)\n]{0,60}\.integrity\b/g,
    hints: ['integrity'],
    in: 'code',
    adjust: (m) => (LOCKFILE.test(m.segment.text) ? 'HIGH' : null),
  },
  {
    type: 'pattern',
    id: 'SG-SUPPLY-010',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'Turns off Gradle dependency verification or allows plain-HTTP repositories (HIGH with the repositories replaced, a third-party repository allowed over plain HTTP placed ahead of the official ones, or both at once)',
    remediation:
      'Keep dependency verification on and repositories on HTTPS; add a mirror next to, not instead of, the declared repositories, and update verification-metadata.xml for it.',
    pattern: JVM_CHECKS_OFF,
    hints: [
      'dependencyverification',
      'allowinsecureprotocol',
      'dependency-verification',
      'dependency.verification',
    ],
    in: 'code',
    adjust: (m, ctx) => jvmChecksSeverity(ctx.fileText(m.segment.file) || m.segment.text),
  },
  {
    type: 'pattern',
    id: 'SG-SUPPLY-012',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      "Turns off TLS checks for R's package downloads (download.file.extra with -k/--insecure); HIGH when the package repositories point at a host other than CRAN, Posit or R-universe",
    remediation:
      'Keep TLS verification on for package downloads (add the proxy CA to the trust store instead) and install from CRAN, Posit Package Manager or a repository the user chose.',
    pattern: R_TLS_OFF,
    hints: ['download.file.extra'],
    in: 'code',
    // One switch is a proxy workaround to review; with the repositories moved to an unknown host, a
    // man in the middle or that host serves every package installed.
    adjust: (m, ctx) => (foreignRRepos(ctx.fileText(m.segment.file) || m.segment.text) ? 'HIGH' : 'MEDIUM'),
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-011',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      "Sends a well-known package namespace to a foreign registry (Unity scopedRegistries claiming com.unity.*, npm @scope:registry for a popular scope, NuGet's nuget.org key pointed elsewhere, Cargo's crates-io source replaced with a registry on an unknown host, Composer repositories on an unknown host with packagist.org off, secure-http off or wpackagist-* claimed, a Gemfile source block serving a popular gem or a one-letter look-alike of one); CRITICAL when code writes it while deleting the lockfile or from an editor load hook",
    remediation:
      'Resolve official namespaces only from their official registry; add third-party registries for their own scopes, keep the lockfile, and never change package settings from an auto-run hook.',
    check: namespaceHijacks,
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-013',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'A committed lockfile pins a package to a tarball on a non-public registry host with a made-up integrity hash (a run of one character): the lockfile was edited to install that host’s code unchecked; CRITICAL when the skill’s registry settings route to the same host or the entry runs an install script',
    remediation:
      'Regenerate the lockfile with the package manager from the official registry; never ship hand-edited lockfile entries or placeholder hashes.',
    check: forgedLockEntries,
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-014',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'Pulls an embedded toolchain from an unknown host: a PlatformIO platform (its build scripts run on every build), toolchain, framework or uploader package, or an Arduino board index named like a vendor’s official one; MEDIUM for a library or an unknown vendor’s index alone',
    remediation:
      'Install platforms, toolchains and board packages from the PlatformIO registry, the vendor’s own release pages or the user’s configured mirror; pin versions, not hosts.',
    check: firmwareToolchainSources,
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-009',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'Rename table that swaps popular packages for look-alike names (typosquats) or hides its names, in a skill that rewrites dependency manifests',
    remediation:
      'Never rename dependencies from a bundled table; package migrations must be proposed to the user with the exact new name and its publisher.',
    check: ({ segments }) => {
      const rows = renameRows(segments);
      const squats = rows.filter((r) => r.squat);
      // A decoded table renaming several popular packages: the names were hidden from review.
      const hidden = rows.filter((r) => (r.hit.depth ?? 0) > 0);
      if (squats.length === 0 && hidden.length < 2) return [];
      if (rewritesManifests(segments)) return [(squats[0] ?? hidden[0]).hit];
      // Typo renames without a visible manifest writer: a table to review, not yet a rewrite.
      return squats.length >= 2 ? [{ ...squats[0].hit, severity: 'MEDIUM' as const }] : [];
    },
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-015',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'Ansible Galaxy server list (ansible.cfg server_list or ANSIBLE_GALAXY_SERVER_LIST) puts a server on another host ahead of galaxy.ansible.com / Automation Hub, so it answers for every public collection namespace, or a requirements file takes a public vendor’s collection (cisco.ios, ansible.*) from another host; MEDIUM for a single non-official Galaxy server or source',
    remediation:
      'Install collections from galaxy.ansible.com or Automation Hub, or from your organisation’s own hub that the user configures; never ship a Galaxy server list that puts another host first.',
    check: galaxyServers,
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-016',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      "Points R's CRAN repository at a host that is not CRAN, a CRAN mirror, Posit or R-universe; HIGH when the script makes it permanent in an R startup file (.Rprofile, Rprofile.site) or installs a package file straight from the same host",
    remediation:
      'Install from CRAN, Posit Package Manager or a repository the user chose; never rewrite the user’s startup files to change where packages come from.',
    check: foreignCranRepos,
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-017',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'A Gradle wrapper downloads its distribution (run on every build) from a host other than services.gradle.org with no distributionSha256Sum; HIGH with validateDistributionUrl=false or over plain HTTP from a host outside the user’s network',
    remediation:
      'Point distributionUrl at services.gradle.org (or your organisation’s mirror) and pin distributionSha256Sum; keep validateDistributionUrl on.',
    check: foreignGradleWrappers,
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-018',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'A package.json dependency is cloned from a git server that is not a public code host, at a moving branch; HIGH when the manifest’s own install hook (preinstall/postinstall/prepare) runs it',
    remediation:
      'Depend on a published, versioned package, or pin the git dependency to a commit hash on a host you control; do not run it from an install hook.',
    check: movingGitDependencies,
  },
  {
    type: 'pattern',
    id: 'SG-SUPPLY-020',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'Adds a second Python package index on a host other than PyPI and exempts that host from TLS checks (pip extra-index-url + trusted-host): pip installs whichever index has the higher version, so that host answers for any package name (dependency confusion), unverified',
    remediation:
      'Use one index (index-url) that proxies PyPI, or pin private packages to their index with hashes; keep TLS verification on.',
    pattern: PIP_EXTRA_TRUSTED,
    hints: ['index-url', 'index_url'],
    needs: [['trusted-host', 'trusted_host']],
    in: 'code',
  },
  {
    type: 'custom',
    id: 'SG-SUPPLY-019',
    family: 'supply-chain',
    severity: 'HIGH',
    message:
      'A Puppetfile module is cloned from a git server that is not a public code host at a moving branch (every Puppet agent applies it as root); HIGH when the host is a look-alike naming the module’s Forge owner',
    remediation:
      'Take Forge modules from forge.puppet.com at a pinned version; pin git modules to a tag or commit on a host your organisation controls.',
    check: puppetfileGitSources,
  },
];
