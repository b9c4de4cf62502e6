import type { AnyRule, CustomInput, RawHit } from '../rule.types.js';
import { evidenceAround, fileLineOf, lineIndexOf, lineStarts } from '../analyzers/segment-lines.js';
import { gated, testSegment } from '../analyzers/literal-gates.js';
import { isFirstParty, isVendorsOwnHost } from './indicators.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';

/**
 * The analysts' convention for zipped malware samples (password `infected`, `malware`, `virus`): a
 * sample archive for a lab, locked so that nothing opens it by accident, not an installer's payload.
 */
const MALWARE_SAMPLE_ZIP =
  /(?:\bpass(?:word|phrase|code)?(?:\s{1,4}is)?\s{0,4}[:=]?\s{0,4}[`'"*]{0,2}|\s-[pP]\s{0,4}["']?)(?:infected|malware|virus)(?![\w-])/i;
const SAMPLE_WORDS = /\b(?:samples?|specimens?|malware|positives|lab|sandbox|analysis|triage)\b/i;

/** npm runs these on `npm install` before anything else of the package is used. */
const INSTALL_HOOKS = ['preinstall', 'install', 'postinstall', 'prepare'];
/** Files of the package a hook runs (`node tools/setup.js`, `sh scripts/get.sh`). */
const HOOK_FILE =
  /(?:^|[\s"'=])(?:\.\/)?([\w@.-]{1,100}(?:\/[\w@.-]{1,100}){0,8}\.(?:[cm]?js|sh|py))(?=$|[\s"';&|)])/g;
/** A download in the hook's program. */
const DOWNLOADS =
  /\b(?:https?\.get|https?\.request|fetch|axios(?:\.get)?|got|needle|urlopen|urlretrieve|requests\.get|download)\s*\(|\b(?:curl|wget)\s/;
/**
 * Native code or a program loaded from a path held in a variable: `process.dlopen(m, dest)`,
 * `require(dest)`, `execFile(bin)`, `spawn(bin)`; in shell, the fetched file made executable.
 */
const LOADS_NATIVE =
  /\bprocess\.dlopen\s*\(|\brequire\s*\(\s*(?!["'`])[\w.$]{1,80}\s*\)|\b(?:execFile|spawn|execFileSync|spawnSync)\s*\(\s*(?!["'`]|process\.execPath\b)[\w.$]{1,80}\s*[,)]|\bchmod\s+\+?[0-7]*x\b|\bos\.chmod\s*\(/;
const URL_HOST = /\bhttps?:\/\/([a-z0-9.-]{1,253})/gi;
/** Where packages and their release assets normally come from. */
const PACKAGE_HOSTS =
  /^(?:registry\.npmjs\.org|registry\.yarnpkg\.com|github\.com|objects\.githubusercontent\.com|nodejs\.org|cdn\.npmmirror\.com)$/i;
const MAX_MANIFEST = 512 * 1024;
const MAX_HOOK_COMMAND = 1000;

function dirOf(path: string): string {
  const i = path.lastIndexOf('/');
  return i === -1 ? '' : path.slice(0, i + 1);
}

function normalise(path: string): string {
  const out: string[] = [];
  for (const part of path.split('/')) {
    if (part === '..') out.pop();
    else if (part && part !== '.') out.push(part);
  }
  return out.join('/');
}

function installHooks(text: string): string[] {
  if (text.length > MAX_MANIFEST || !/install|prepare/.test(text)) return [];
  try {
    const scripts = (JSON.parse(text) as { scripts?: Record<string, unknown> }).scripts;
    if (!scripts || typeof scripts !== 'object') return [];
    return INSTALL_HOOKS.map((h) => scripts[h])
      .filter((c): c is string => typeof c === 'string')
      .map((c) => c.slice(0, MAX_HOOK_COMMAND));
  } catch {
    return [];
  }
}

/**
 * A package.json whose install hook runs a program of the skill that downloads something and loads or
 * starts it: native code fetched on `npm install`, before the user ran anything. MEDIUM when every
 * host named is the npm registry, GitHub or the vendor's own; HIGH for any other host (a lookalike
 * CDN in the manifest's `binary.host`) or none the skill names.
 */
function installHookLoaders({ files, ctx }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  for (const manifest of files) {
    if (!/(?:^|\/)package\.json$/.test(manifest.path)) continue;
    for (const cmd of installHooks(manifest.text)) {
      for (const ref of cmd.matchAll(HOOK_FILE)) {
        const target = normalise(dirOf(manifest.path) + ref[1]);
        const program = files.find((f) => f.path === target);
        if (!program || !DOWNLOADS.test(program.text)) continue;
        const load = LOADS_NATIVE.exec(program.text);
        if (!load) continue;
        const hosts = [...`${program.text}\n${manifest.text}`.matchAll(URL_HOST)].map((m) =>
          m[1].toLowerCase(),
        );
        const known =
          hosts.length > 0 &&
          hosts.every((h) => PACKAGE_HOSTS.test(h) || isVendorsOwnHost(`https://${h}/`, ctx.identity));
        hits.push({
          file: program.path,
          line: lineIndexOf(lineStarts(program.text), load.index) + 1,
          evidence:
            `${evidenceAround(program.text, load.index, load.index + load[0].length)} (npm ${cmd.slice(0, 60)})`.slice(
              0,
              200,
            ),
          severity: known ? 'MEDIUM' : 'HIGH',
        });
        break;
      }
    }
  }
  return hits;
}

/** macOS `installer -pkg`, also as an argument array (`['/usr/sbin/installer', '-pkg', tmp]`). */
const PKG_INSTALL = gated(/\binstaller["'`]?[ \t]{0,4},?[ \t]{0,4}["'`]?-pkg\b/);
/** Root rights: sudo, AppleScript's `with administrator privileges`, JXA's `administratorPrivileges: true`. */
const AS_ROOT =
  /\bsudo\b|\badministratorPrivileges\b|\badministrator\s+privileges\b|\bAuthorizationExecuteWithPrivileges\b/i;
const PKG_DOWNLOAD =
  /\b(?:curl|wget)\b|\bNSURLSession\b|\bURLSession\b|\bdataWithContentsOfURL\b|\burlretrieve\b|\brequests\.get\b|\bInvoke-WebRequest\b|\bfetch\s{0,4}\(/;
/** Gatekeeper kept from checking the download: quarantine attribute cleared, assessments off. */
const SKIPS_GATEKEEPER =
  /\bxattr["'`]?[ \t]{0,4},?[ \t]{0,4}["'`]?-\w{0,3}[cdr]|com\.apple\.quarantine|\bspctl\b[^\n]{0,20}--(?:master-disable|global-disable|add)\b/;
/** A password prompt of the skill's own wording: `withPrompt`, `with prompt`, a dialog with a hidden answer. */
const OWN_PASSWORD_PROMPT = /\bwithPrompt\b|\bwith\s+prompt\b|\bhiddenAnswer\b|\bwith\s+hidden\s+answer\b/i;
/** A download address written out with its host (not assembled from pieces at run time). */
const LITERAL_HOST = /\bhttps?:\/\/[a-z0-9][a-z0-9-]{0,62}\.[a-z0-9.-]{2,253}/gi;

/**
 * A program that downloads a macOS package and installs it as root: MEDIUM on its own (vendors
 * document `curl -o x.pkg …; sudo installer -pkg x.pkg`), HIGH with one sign of a trap: Gatekeeper's
 * check skipped on the download, a password prompt in the skill's own words, or an address assembled
 * at run time so no host can be read; CRITICAL with two. A vendor's own host stays MEDIUM.
 */
function rootPackageInstalls({ segments, ctx }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    if (seg.lang === 'json' || seg.lang === 'yaml' || !testSegment(PKG_INSTALL, seg)) continue;
    const text = seg.text;
    if (!AS_ROOT.test(text) || !PKG_DOWNLOAD.test(text)) continue;
    const hosts = [...text.matchAll(LITERAL_HOST)].map((m) => m[0]);
    const signs =
      Number(SKIPS_GATEKEEPER.test(text)) +
      Number(OWN_PASSWORD_PROMPT.test(text)) +
      Number(hosts.length === 0);
    const vendors = hosts.length > 0 && hosts.every((h) => isVendorsOwnHost(h, ctx.identity));
    const at = PKG_INSTALL.exec(text)!.index;
    hits.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(lineStarts(text), at)),
      evidence: evidenceAround(text, at, at),
      severity: vendors || signs === 0 ? 'MEDIUM' : signs === 1 ? 'HIGH' : 'CRITICAL',
      depth: seg.depth,
    });
  }
  return hits;
}

/** A Homebrew formula or cask. */
const HOMEBREW_PACKAGE = gated(/<\s{0,4}Formula\b|^[ \t]{0,8}cask[ \t]{1,4}["']/m);
/** A download taken whatever its content: no checksum to pin it. */
const UNPINNED = /\bsha256[ \t]{1,4}:no_check\b/;
/** An ad-hoc signature (`codesign -s -`): the binary passes as signed without anyone's identity. */
const ADHOC_SIGN = /\bcodesign\b[^\n]{0,120}?(?:-s|--sign)["']?[ \t]{0,4},?[ \t]{0,4}["']?-(?=["'\s,]|$)/;
/** The install-time hooks of a formula or cask. */
const INSTALL_HOOK = /\bdef[ \t]{1,4}post_install\b|\b(?:postflight|preflight)[ \t]{1,4}do\b/g;
/**
 * A program started from the hook by a path or variable (`system helper, …`, `system bin/"x"`), not
 * a system tool named by its literal path.
 */
const HOOK_RUN =
  /^[ \t]{0,40}system(?:_command)?[ \t]{0,4}\(?[ \t]{0,4}(?!["'`]|%w)[\w@]{1,60}(?:\/["'][^"'\n]{1,120}["'])?[ \t]{0,4}(?:,|$)/m;
const MAX_HOOK = 2000;
/** A per-user login agent set up by the formula itself (launchd plist, `launchctl load`, an agent-install flag). */
const OWN_LOGIN_AGENT =
  /\bLaunchAgents\b|\blaunchctl[ \t"',]{1,8}(?:load|bootstrap|enable)\b|--install[-_](?:agent|daemon|service)\b|\binstall[-_]launch[-_]?agent\b/i;

function hookRuns(text: string): number {
  for (const m of text.matchAll(INSTALL_HOOK)) {
    const body = text.slice(m.index, m.index + MAX_HOOK);
    const run = HOOK_RUN.exec(body);
    if (run) return m.index + run.index;
  }
  return -1;
}

/**
 * A Homebrew formula or cask that downloads without a checksum (`sha256 :no_check`) and, at install
 * time, clears the quarantine attribute, signs the download ad hoc or starts it from `post_install`/
 * `postflight`: unreviewed code made to look trusted and run. HIGH with two of those three, CRITICAL
 * with all three, MEDIUM with one.
 */
function unpinnedBrewRuns({ segments }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    if (!testSegment(HOMEBREW_PACKAGE, seg)) continue;
    const text = seg.text;
    const pin = UNPINNED.exec(text);
    const run = hookRuns(text);
    if (!pin) {
      // Pinned, but the hook clears the quarantine, starts a downloaded program and has it register
      // a login agent of its own (outside Homebrew's `service` block): HIGH.
      if (run !== -1 && SKIPS_GATEKEEPER.test(text) && OWN_LOGIN_AGENT.test(text))
        hits.push({
          file: seg.file,
          line: fileLineOf(seg, lineIndexOf(lineStarts(text), run)),
          evidence: evidenceAround(text, run, run),
          severity: 'HIGH',
          depth: seg.depth,
        });
      continue;
    }
    const signs = Number(SKIPS_GATEKEEPER.test(text)) + Number(ADHOC_SIGN.test(text)) + Number(run !== -1);
    if (signs === 0) continue;
    const at = run !== -1 ? run : pin.index;
    hits.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(lineStarts(text), at)),
      evidence: evidenceAround(text, at, at),
      severity: signs === 3 ? 'CRITICAL' : signs === 2 ? 'HIGH' : 'MEDIUM',
      depth: seg.depth,
    });
  }
  return hits;
}

/**
 * Unity editor code that runs when the project is opened or its scripts reload, before anyone picks a
 * menu item: a static constructor under `[InitializeOnLoad]`, an `[InitializeOnLoadMethod]` or a
 * `[DidReloadScripts]` callback.
 */
const EDITOR_LOAD_HOOK = gated(
  /\[\s*(?:UnityEditor\.)?(?:Callbacks\.)?(?:InitializeOnLoad(?:Method)?|DidReloadScripts)\b/,
);
/** A C# download: WebClient, HttpClient, UnityWebRequest, WebRequest, or curl/wget started as a process. */
const CS_FETCH = gated(
  /\b(?:WebClient|HttpClient|UnityWebRequest|HttpWebRequest|WebRequest\.Create)\b|\.Download(?:File|Data|String)(?:Async|TaskAsync)?\s*\(|["'](?:curl|wget)(?:\.exe)?["']/,
);
/** A program started (`Process.Start`, `new ProcessStartInfo(…)`) or an assembly loaded from bytes or a file. */
const CS_RUN = gated(
  /\bProcess\.Start\s*\(|\bnew\s+(?:System\.Diagnostics\.)?ProcessStartInfo\b|\bAssembly\.Load(?:From|File)?\s*\(/g,
);

export const INSTALLER_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-INSTALL-009',
    family: 'installer',
    severity: 'HIGH',
    message:
      'A Unity editor script that runs as soon as the project loads ([InitializeOnLoad], [InitializeOnLoadMethod], [DidReloadScripts]) downloads something and starts a program or loads an assembly: copying the script into a project runs the download',
    remediation:
      'Ship editor tools that do nothing until the user runs them from a menu; download helpers from the vendor by hand or through the Package Manager with a pinned version.',
    check: ({ segments }) => sinkWithSources(segments, ['other'], [EDITOR_LOAD_HOOK, CS_FETCH], CS_RUN),
  },
  {
    type: 'custom',
    id: 'SG-INSTALL-007',
    family: 'installer',
    severity: 'HIGH',
    message:
      'Downloads a macOS package and installs it as root (installer -pkg with sudo or administrator privileges); HIGH when Gatekeeper is skipped, the password prompt is the skill’s own or the address is assembled at run time',
    remediation:
      'Install from the vendor’s signed package or a package manager, let Gatekeeper check it, and never word the password prompt for another application.',
    check: rootPackageInstalls,
  },
  {
    type: 'custom',
    id: 'SG-INSTALL-008',
    family: 'installer',
    severity: 'HIGH',
    message:
      'A Homebrew formula or cask downloads without a checksum (sha256 :no_check) and clears its quarantine, signs it ad hoc (codesign -s -) or runs it from post_install/postflight (HIGH with two, CRITICAL with all three); pinned, HIGH when the hook clears the quarantine, runs the download and registers its own login agent',
    remediation:
      'Pin every url and resource with its sha256, let Gatekeeper check the download, and never start downloaded programs from install hooks; prefer formulae from homebrew-core.',
    check: unpinnedBrewRuns,
  },
  {
    type: 'pattern',
    id: 'SG-INSTALL-001',
    family: 'installer',
    severity: 'CRITICAL',
    message: 'Tells the user to extract a password-protected archive (hides the payload from scanners)',
    remediation:
      'Ship dependencies through a package manager; password-protected archives evade antivirus scanning.',
    pattern:
      /\b(?:extract|unzip|unpack|decompress|open|unrar)\w*\b[^\n]{0,100}?\b(?:with|using|use)\s+(?:the\s+)?(?:pass(?:word|code|phrase)?|pwd)\b\s*[:=]?\s*[`'"*]*\w+|\bunzip\s+(?:-\w+\s+)*-P\s*\S+|\b7za?\s+[xe]\b[^\n]{0,100}\s-p\S+|\b(?:archive|zip|rar|7z)\b(?:[^\n]|\n(?![ \t]*\n)){0,140}?\bpassword(?:\s+is)?\s*[:=]?\s*[`'"*]+\w+/gi,
    hints: ['pass', 'pwd', '-p'],
    needs: [
      ['pass', 'pwd', 'unzip', '7z'],
      ['extract', 'zip', 'unpack', 'decompress', 'open', 'rar', '7z', 'archive'],
    ],
    starts: ['extract', 'unzip', 'unpack', 'decompress', 'open', 'unrar', '7z', 'archive', 'zip', 'rar'],
    // The regex ignores case, but only `unzip -P` takes a password (`unzip -p` pipes to stdout).
    adjust: (m) =>
      /^unzip\b/i.test(m.match) && !/\s-\w*P/.test(m.match)
        ? null
        : MALWARE_SAMPLE_ZIP.test(m.match) && SAMPLE_WORDS.test(m.lineText)
          ? 'MEDIUM'
          : 'CRITICAL',
  },
  {
    type: 'pattern',
    id: 'SG-INSTALL-002',
    family: 'installer',
    severity: 'MEDIUM',
    message: 'Asks the user to download and run a binary or archive as a prerequisite',
    remediation: 'Declare dependencies in metadata (requires.bins) and install them from a package manager.',
    pattern:
      /\bdownload\b[^\n]{0,200}?https?:\/\/[^\s)"'`]+\.(?:zip|exe|dmg|pkg|msi|rar|7z|scr|appimage|bin)\b[^\n]{0,200}?\b(?:run|execute|launch|double-click)\b/gi,
    hints: ['download'],
    adjust: (m, ctx) => (isFirstParty(m.match, ctx.identity) ? 'LOW' : 'MEDIUM'),
  },
  {
    type: 'pattern',
    id: 'SG-INSTALL-003',
    family: 'installer',
    severity: 'HIGH',
    message: 'Asks the user to copy a command into their terminal from an external page',
    remediation:
      'Put the exact command in the skill so it can be reviewed; never route users to external snippets.',
    pattern:
      // Prose is hard-wrapped: a sentence may go on over single line breaks (not over a blank line).
      /\b(?:visit|open|go to|see)\b(?:[^\n]|\n(?![ \t]*\n)){0,80}?\]?\(?https?:\/\/[^\s)]+\)?(?:[^\n]|\n(?![ \t]*\n)){0,80}?\b(?:copy|execute|run|paste)\b(?:[^\n]|\n(?![ \t]*\n)){0,60}?\b(?:command|terminal|shell)\b/gi,
    hints: ['terminal', 'command', 'shell'],
    starts: ['visit', 'open', 'go to', 'see'],
    in: 'text',
    adjust: (m, ctx) => (isFirstParty(m.match, ctx.identity) ? null : 'HIGH'),
  },
  {
    type: 'pattern',
    id: 'SG-INSTALL-004',
    family: 'installer',
    severity: 'MEDIUM',
    message: 'Installs packages from a non-default registry or index',
    remediation: 'Use the default registry or pin the package by version and integrity hash.',
    // The flag's value is an address or a variable (`https://…`, `$PIP_INDEX`, `pkgs.example/simple`):
    // prose naming the flag ("pip --extra-index-url setups") installs nothing.
    pattern:
      /\b(?:npm|pnpm|yarn|npx|bun)\b[^\n]{0,200}?--registry[= ]+(?!https:\/\/registry\.(?:npmjs\.org|yarnpkg\.com))(?=[^\s,;]{0,200}?(?:[:/$%{@]|\.\w))\S+|\bpip3?\b[^\n]{0,200}?--(?:extra-)?index-url[= ]+(?!https:\/\/(?:pypi\.org|download\.pytorch\.org))(?=[^\s,;]{0,200}?(?:[:/$%{@]|\.\w))\S+|\bpip3?\b[^\n]{0,200}?--trusted-host\b|^[ \t]*--(?:extra-)?index-url[= ]+(?!https:\/\/(?:pypi\.org|download\.pytorch\.org))(?=[^\s,;]{0,200}?(?:[:/$%{@]|\.\w))\S+|^[ \t]*--trusted-host[= ]+\S+/gim,
    hints: ['--registry', 'index-url', '--trusted-host'],
    in: 'code',
    adjust: (m) => (/--extra-index-url|http:\/\/|--trusted-host/i.test(m.match) ? 'HIGH' : 'MEDIUM'),
  },
  {
    type: 'pattern',
    id: 'SG-INSTALL-005',
    family: 'installer',
    severity: 'HIGH',
    message: 'Tells the user to exempt a download from antivirus scanning or to switch protection off',
    remediation:
      'A dependency that antivirus blocks must not be installed; never ask users to add exclusions.',
    // Prose is hard-wrapped: a sentence may go on over single line breaks (not over a blank line).
    pattern:
      /\b(?:add|create|set up|put)\b(?:[^\n]|\n(?![ \t]*\n)){0,80}?\bexclusions?\b(?:[^\n]|\n(?![ \t]*\n)){0,80}?\b(?:defender|anti-?virus|virus|windows security|endpoint protection)\b|\b(?:defender|anti-?virus|windows security)\b(?:[^\n]|\n(?![ \t]*\n)){0,120}?\b(?:add|create)\b[^\n]{0,40}\bexclusions?\b|\b(?:disable|turn off|pause)\b[^\n]{0,40}\b(?:real-?time protection|defender|anti-?virus)\b/gi,
    hints: ['exclusion', 'real-time', 'realtime', 'defender', 'antivirus', 'anti-virus'],
    needs: [['exclusion', 'protection', 'defender', 'antivirus', 'anti-virus']],
    starts: [
      'add',
      'create',
      'set up',
      'put',
      'defender',
      'antivirus',
      'anti-virus',
      'windows security',
      'disable',
      'turn off',
      'pause',
    ],
    in: 'text',
    // What a skill promises not to do ("it does **not** disable Defender or add exclusions").
    unless: /\b(?:not|never|n't|without)\b[^.\n]{0,20}?\b(?:disable|turn off|pause|add|create)\b/i,
  },
  {
    type: 'custom',
    id: 'SG-INSTALL-006',
    family: 'installer',
    severity: 'HIGH',
    message:
      'An npm install hook (preinstall/install/postinstall) runs a script that downloads native code or a program and loads or starts it (HIGH unless every host is the npm registry, GitHub or the vendor’s own)',
    remediation:
      'Ship prebuilt binaries inside the package (prebuildify) or build them from source; never download and load code from an install hook.',
    check: installHookLoaders,
  },
];
