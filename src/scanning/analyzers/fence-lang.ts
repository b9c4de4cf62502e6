import type { Lang } from '../rule.types.js';

const LANGS: Record<string, Lang> = {
  sh: 'shell',
  bash: 'shell',
  shell: 'shell',
  zsh: 'shell',
  console: 'shell',
  terminal: 'shell',
  powershell: 'shell',
  ps1: 'shell',
  pwsh: 'shell',
  cmd: 'shell',
  bat: 'shell',
  fish: 'shell',
  dockerfile: 'shell',
  makefile: 'shell',
  python: 'python',
  py: 'python',
  python3: 'python',
  ipython: 'python',
  js: 'js',
  javascript: 'js',
  ts: 'js',
  typescript: 'js',
  jsx: 'js',
  tsx: 'js',
  mjs: 'js',
  cjs: 'js',
  node: 'js',
  go: 'go',
  golang: 'go',
  ruby: 'ruby',
  rb: 'ruby',
  json: 'json',
  jsonc: 'json',
  json5: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  toml: 'yaml',
  ini: 'yaml',
  '': 'text',
  text: 'text',
  txt: 'text',
  plaintext: 'text',
  markdown: 'text',
  md: 'text',
  prompt: 'text',
};

export function fenceLang(info: string): Lang {
  const word = info
    .trim()
    .split(/[\s{,]/, 1)[0]
    .toLowerCase();
  return LANGS[word] ?? 'other';
}

const EXT_LANGS: Record<string, Lang> = {
  sh: 'shell',
  bash: 'shell',
  zsh: 'shell',
  ps1: 'shell',
  psm1: 'shell',
  psd1: 'shell',
  bat: 'shell',
  cmd: 'shell',
  command: 'shell',
  py: 'python',
  pyw: 'python',
  // ArcGIS Python toolboxes: Python source that ArcGIS Pro imports when the toolbox is opened.
  pyt: 'python',
  js: 'js',
  mjs: 'js',
  cjs: 'js',
  // Google Apps Script is JavaScript (V8 runtime).
  gs: 'js',
  ts: 'js',
  mts: 'js',
  cts: 'js',
  jsx: 'js',
  tsx: 'js',
  go: 'go',
  rb: 'ruby',
  json: 'json',
  yaml: 'yaml',
  yml: 'yaml',
  toml: 'yaml',
  tf: 'yaml',
  tfvars: 'yaml',
  hcl: 'yaml',
  // Package-manager and tool settings are read as configuration (key = value, `#` comments).
  ini: 'yaml',
  cfg: 'yaml',
  conf: 'yaml',
  npmrc: 'yaml',
  yarnrc: 'yaml',
  pypirc: 'yaml',
  gitconfig: 'yaml',
};

/**
 * Source files of languages without a lexer here (Rust, C#, Java, Perl, Lua, VBA modules, Godot's
 * GDScript, RouterOS `.rsc` scripts, Puppet `.pp` manifests, BrightScript `.brs`, AutoLISP `.lsp`/`.mnl`, ...): read as code,
 * comments included, rather than as prose the code rules never see.
 */
const OTHER_SOURCE_EXTS = new Set(
  (
    'rs cs csx vb vbs bas vba java kt kts scala groovy gradle swift m mm c h cc cpp cxx hpp php phtml pl pm lua tcl r ' +
    'dart ex exs erl clj fs fsx zig nim cr jl hs ml applescript scpt jxa ahk au3 nu xsh elv gd rprofile rsc sol vy pp brs ' +
    'lsp mnl liq'
  ).split(' '),
);

/**
 * Templates and includes a PHP app copies or requires (`health.stub`, `config.inc`, `x.php.dist`), and
 * Drupal's hook files (`x.module`, `x.install`, `x.theme`, `x.profile`, `x.engine`), which the CMS
 * loads on every request: PHP source when the file opens with `<?php`. Fixtures kept as `.txt` stay text.
 */
const PHP_TEMPLATE_EXT = /\.(?:stub|inc|dist|tpl|tmpl|template|module|install|theme|profile|engine)$/i;
const PHP_OPEN = /^\s{0,40}<\?php\b/i;

/** A PHP program: a `.php`/`.phtml` file, or a template or include that opens with `<?php`. */
export function isPhpFile(path: string, text: string): boolean {
  return /\.(?:php\d?|phtml)$/i.test(path) || (PHP_TEMPLATE_EXT.test(path) && PHP_OPEN.test(text));
}

/**
 * Run-control files a tool loads as a program of its language, kept under their conventional names
 * with or without the leading dot: latexmk's `latexmkrc` (Perl, run on every `latexmk`), irb and pry
 * (Ruby), Octave.
 */
const PROGRAM_RC_FILE = /^\.?(?:latexmkrc|irbrc|pryrc|octaverc)$/;

/**
 * VBA classes, forms and designers exported from the editor (`ThisWorkbook.cls`, `UserForm1.frm`):
 * `.cls` is also a LaTeX class, so only with the editor's header or attributes.
 */
const VBA_CLASS_EXT = /\.(?:cls|frm|ctl|dsr)$/;
const VBA_CLASS_HEAD =
  /^\s{0,40}VERSION\s+\d\.\d{1,2}\s+CLASS\b|^\s{0,40}VERSION\s+5\.00\b|^Attribute\s+VB_Name\b/m;

export function isOtherSource(path: string, text = ''): boolean {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (PROGRAM_RC_FILE.test(base)) return true;
  if (OTHER_SOURCE_EXTS.has(base.slice(base.lastIndexOf('.') + 1)) && base.includes('.')) return true;
  if (VBA_CLASS_EXT.test(base) && VBA_CLASS_HEAD.test(text.slice(0, 4096))) return true;
  return PHP_TEMPLATE_EXT.test(base) && PHP_OPEN.test(text);
}

/** The same settings files when kept without their leading dot (`assets/npmrc`). */
const SETTINGS_NAMES = new Set(['npmrc', 'yarnrc', 'pypirc', 'gitconfig']);

const JUST_FILE = /^\.?justfile$|\.just$/;

/** Client-side hooks git runs from `.git/hooks` or `core.hooksPath` (githooks(5)). */
const GIT_HOOK_NAMES = new Set(
  (
    'applypatch-msg pre-applypatch post-applypatch pre-commit pre-merge-commit prepare-commit-msg ' +
    'commit-msg post-commit pre-rebase post-checkout post-merge pre-push pre-auto-gc post-rewrite ' +
    'sendemail-validate fsmonitor-watchman post-index-change reference-transaction push-to-checkout'
  ).split(' '),
);

/** Languages a skill's programs are written in (what the lexer and the code rules read). */
export const PROGRAM_LANGS: readonly Lang[] = ['python', 'js', 'go', 'ruby', 'shell'];

/**
 * Ruby programs kept under conventional names with no `.rb`: Bundler, CocoaPods and fastlane files
 * (`Podfile`, `Gemfile`, `Fastfile`, `Appfile`, `Matchfile`, `Pluginfile`), Rake, Vagrant, Danger,
 * Capistrano and Guard files, r10k's `Puppetfile` (a Ruby DSL), gem and pod specs; a skill's copy
 * named `Podfile.snippet` or `Fastfile.example` is the same program.
 */
const RUBY_FILE =
  /^(?:podfile|gemfile|fastfile|appfile|matchfile|pluginfile|deliverfile|gymfile|scanfile|snapfile|rakefile|vagrantfile|dangerfile|capfile|guardfile|brewfile|berksfile|puppetfile)(?:\.(?:snippet|example|sample|template|tmpl|local|ci))?$|\.(?:podspec|gemspec|rake)$/;

export function fileLang(path: string): Lang | 'markdown' {
  const base = path.slice(path.lastIndexOf('/') + 1).toLowerCase();
  if (RUBY_FILE.test(base)) return 'ruby';
  if (/^(?:docker|container)file(?:\.|$)|\.(?:docker|container)file$/.test(base) || base === 'makefile')
    return 'shell';
  // just runs each recipe line through the shell; git runs a hook file by its name, shebang or not.
  if (JUST_FILE.test(base) || GIT_HOOK_NAMES.has(base)) return 'shell';
  const dot = base.lastIndexOf('.');
  const ext = dot === -1 ? '' : base.slice(dot + 1);
  if (ext === 'md' || ext === 'markdown' || ext === 'mdx') return 'markdown';
  if (SETTINGS_NAMES.has(base) || /^(?:requirements|constraints)[\w.-]*\.txt$/.test(base)) return 'yaml';
  return EXT_LANGS[ext] ?? 'other';
}

/** A Python path configuration file, read by site.py at every interpreter start. */
export const PTH_FILE = /\.pth$/i;
