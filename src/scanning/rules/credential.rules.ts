import type { AnyRule, CustomInput, PatternRule, RawHit, Segment } from '../rule.types.js';
import { clean, fileLineOf, lineIndexOf, lineStarts, linesOf } from '../analyzers/segment-lines.js';
import { namesWord, SECRET_NAME, SECRET_NAME_WORDS } from './indicators.js';
import { gated, mayMatch, testFile, testSegment } from '../analyzers/literal-gates.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';
import { NODE_RED_BLOCK } from '../analyzers/node-red-flows.analyzer.js';
import { authHelperToLoadedUrl } from '../analyzers/auth-helper-calls.js';

/**
 * A command or call that reads files. The command words are whole words: `head` is not "headless",
 * `tar` not "target", `cat` not "category", `type` not "TypeScript" (prose and identifiers).
 */
const READ =
  '(?:\\bcat\\b|\\btar(?:file)?\\b|\\bcp\\b|\\bbase64|\\bxxd|\\bzip|\\bscp|\\brsync|\\bsqlite3|\\bstrings|\\bhead\\b|\\btail\\b|\\bless\\b|\\bmore\\b|open\\(|readFile\\w*\\(|read_text\\(|read_bytes\\(|Get-Content|\\btype\\b|copyfile|shutil\\.\\w+\\(|for\\s+\\w+\\s+in|find)';
const REMEDIATION =
  'Skills must not read credential stores; ask the user for the specific value they want to share.';

function cred(
  id: string,
  severity: PatternRule['severity'],
  message: string,
  target: string,
  hints: string[],
): PatternRule {
  return {
    type: 'pattern',
    id,
    family: 'credential',
    severity,
    message,
    remediation: REMEDIATION,
    pattern: new RegExp(`${READ}[^\\n]{0,160}?(?:${target})`, 'gi'),
    hints,
    needs: [hints],
    in: 'code',
    tags: ['secret-read'],
  };
}

/** A `find` that prints only metadata or digests of what it walks (`-printf`, `-ls`, `-exec sha256sum {} +`). */
const FIND_METADATA =
  /\bfind\b[^\n|;&]{0,300}?\s(?:-printf|-ls|-exec[ \t]{1,4}(?:sha(?:1|224|256|384|512)?sum|md5sum|b2sum|shasum|stat|ls))\b/;
/** Every command a `find` runs on what it walks. */
const FIND_EXEC = /\s-(?:exec|execdir|ok|okdir)[ \t]{1,4}(\S{1,100})/g;
const DIGEST_OR_STAT = /^(?:sha(?:1|224|256|384|512)?sum|md5sum|b2sum|shasum|stat|ls)$/;
/** A search by name (`-name '*.keystore'`), or another reader or sender on the same line. */
const NOT_METADATA =
  /\s-(?:i?name|i?path|i?wholename|i?regex|delete|fprint\w*)\b|\b(?:cat|tar|cp|mv|base64|xxd|zip|7z|scp|rsync|curl|wget|nc|ncat|strings|head|tail|dd|openssl|gpg|xargs)\b|\|(?!\|)/;

/**
 * An inventory of a wallet folder, not a read of it: a `find` over the folder that prints only file
 * metadata or digests (what an incident responder records), with no search by name, no other reader
 * and no pipe on the line. Keys cannot be recovered from a listing or a hash.
 */
function metadataOnly(line: string): boolean {
  const text = line.slice(0, 1000).replace(/\|\|/g, ' ');
  if (!FIND_METADATA.test(text) || NOT_METADATA.test(text)) return false;
  return [...text.matchAll(FIND_EXEC)].every((x) => DIGEST_OR_STAT.test(x[1]));
}

const NAMED_SECRET_VALUE = new RegExp(
  `["']?${SECRET_NAME}["']?\\s*[:=]\\s*(?:os\\.environ|os\\.getenv|process\\.env|\\$\\{?${SECRET_NAME})`,
  'g',
);

/** Every NAMED_SECRET_VALUE match holds one of these, after a run of name, quote and space characters. */
/**
 * JS: an unchanged copy of the whole environment spread into an object, outside a child-process
 * launch's call (whose options hand it to a local program).
 */
export const ENV_SPREAD_COPY =
  /\{[ \t]{0,4}\.\.\.[ \t]{0,4}process\.env[ \t]{0,4},?[ \t]{0,4}\}(?<!\b(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|fork|execa|execaSync|execaCommand|Worker|Command)[ \t]{0,4}\([^;]{0,400})/g;
const VALUE_SOURCE = /[:=]\s*(?:os\.environ|os\.getenv|process\.env|\$)/g;

/** Could be part of the `["']?NAME["']?\s*` before the `[:=]` of a NAMED_SECRET_VALUE match. */
function nameOrSpace(c: number): boolean {
  if (c >= 128) return /\s/.test(String.fromCharCode(c));
  return (
    (c >= 48 && c <= 57) ||
    (c >= 65 && c <= 90) ||
    (c >= 97 && c <= 122) ||
    c === 95 ||
    c === 34 ||
    c === 39 ||
    c === 32 ||
    (c >= 9 && c <= 13)
  );
}

/**
 * The first two NAMED_SECRET_VALUE matches, as matchAll finds them, but the regex (slow: it tries
 * every offset) starts at the run before the first VALUE_SOURCE, where the first match can begin.
 */
function firstTwoNamedValues(text: string): RegExpExecArray[] {
  VALUE_SOURCE.lastIndex = 0;
  const source = VALUE_SOURCE.exec(text);
  if (!source) return [];
  let from = source.index;
  while (from > 0 && nameOrSpace(text.charCodeAt(from - 1))) from--;
  const found: RegExpExecArray[] = [];
  NAMED_SECRET_VALUE.lastIndex = from;
  let m: RegExpExecArray | null;
  while (found.length < 2 && (m = NAMED_SECRET_VALUE.exec(text)) !== null) found.push(m);
  return found;
}

/** Browser and system keychain items: never a skill's own secret, whatever the skill is called. */
const OTHER_APPS_SECRETS = /Safe Storage|login\.keychain|AirPort|iCloud/i;

/**
 * The keychain item read (`-s`/`-a`/`-l`) is named after the skill itself (`restic-home` for restic),
 * directly or through a shell variable the same script sets (`SERVICE="lumen-cli"`).
 */
export function ownItem(line: string, identity: string, script: string): boolean {
  const names = itemNames(line);
  return names.some((raw) => {
    const words = shellValue(raw, script)
      .toLowerCase()
      .split(/[^a-z0-9]+/);
    return words.some((w) => w.length >= 4 && namesWord(identity, w));
  });
}

const ITEM_OPTION = /\s-([sal])\s+(?:"([^"\n]+)"|'([^'\n]+)'|(\S+))/g;

/**
 * The names a keychain read selects its item by: the service (`-s`) and label (`-l`), which name the
 * item, else the account (`-a`, often just `$USER`); `secret-tool lookup` attribute values.
 */
function itemNames(line: string): string[] {
  const byKind: Record<string, string[]> = { s: [], l: [], a: [] };
  for (const m of line.slice(0, 2000).matchAll(ITEM_OPTION)) byKind[m[1]].push(m[2] ?? m[3] ?? m[4]);
  const named = [...byKind.s, ...byKind.l];
  if (named.length > 0) return named;
  return byKind.a.length > 0 ? byKind.a : secretToolValues(line);
}

const KEYCHAIN_STORE = /\bsecurity[ \t]+add-(?:generic|internet)-password\b[^\n]{0,400}/g;

/** A service or label the read selects is one the same file stores with `security add-…-password`. */
function storedBySkill(line: string, fileText: string): boolean {
  const wanted = line.slice(0, 2000).matchAll(ITEM_OPTION);
  const read = [...wanted].filter((m) => m[1] !== 'a').map((m) => m[2] ?? m[3] ?? m[4]);
  if (read.length === 0 || !fileText.includes('add-')) return false;
  for (const store of fileText.matchAll(KEYCHAIN_STORE)) {
    for (const m of store[0].matchAll(ITEM_OPTION)) {
      if (m[1] !== 'a' && read.includes(m[2] ?? m[3] ?? m[4])) return true;
    }
  }
  return false;
}

/** `secret-tool lookup service club-mail user me`: the attribute values (every second word). */
const SECRET_TOOL_LOOKUP =
  /\bsecret-tool\s+lookup((?:[ \t]+(?:"[^"\n]{0,100}"|'[^'\n]{0,100}'|[^\s"'|;&<>`]{1,100})){2,16})/;

function secretToolValues(line: string): string[] {
  const pairs =
    SECRET_TOOL_LOOKUP.exec(line)?.[1]
      .trim()
      .split(/[ \t]+/) ?? [];
  return pairs.filter((_, i) => i % 2 === 1).map((v) => v.replace(/^["']|["']$/g, ''));
}

/** `$NAME` / `${NAME}` replaced by the literal the script assigns to it, when it assigns one. */
function shellValue(word: string, script: string): string {
  const ref = /^\$\{?([A-Za-z_]\w*)\}?$/.exec(word);
  if (!ref) return word;
  const assigned = new RegExp(
    `^[ \\t]*(?:readonly[ \\t]+|local[ \\t]+)?${ref[1]}=(?:"([^"$\\n]*)"|'([^'\\n]*)'|([^\\s"'$;]+))`,
    'm',
  ).exec(script);
  return assigned ? (assigned[1] ?? assigned[2] ?? assigned[3]) : word;
}

const SERIALISE = gated(/\b(?:json\.dumps|JSON\.stringify|b64encode|btoa|pickle\.dumps|urlencode)\s*\(/);

/**
 * The CI runner's own credentials: the Actions runtime token (cache, artifacts), the OIDC request
 * token, and the auth header actions/checkout leaves in the git config (the job's GITHUB_TOKEN).
 */
const RUNNER_SECRET = gated(
  /\bACTIONS_RUNTIME_TOKEN\b|\bACTIONS_ID_TOKEN_REQUEST_TOKEN\b|\bhttp\\?\.\S{0,80}extraheader\b/,
);
/** The runner's own services, where those tokens are meant to go, and a request to one on the same line. */
const RUNNER_SERVICE = /\bACTIONS_(?:CACHE|RESULTS|RUNTIME|ID_TOKEN_REQUEST)_URL\b/;
const REQUEST = /\b(?:curl|wget|fetch|urlopen|requests\.\w+|httpx\.\w+|Invoke-(?:WebRequest|RestMethod))\b/;
const callsRunnerService = (line: string) => RUNNER_SERVICE.test(line) && REQUEST.test(line);

/** A request that carries a body off the machine (a curl's window ends at the next curl: linear on hostile lines). */
const UPLOAD =
  /\bcurl\b(?:[^c\n]|c(?!url\b)){0,600}?(?:\s-d\b|\s--data|\s-F\b|\s--form|\s-T\b|\s--upload-file)|\bwget\b(?:[^w\n]|w(?!get\b)){0,600}?--post-(?:data|file)|\b(?:requests|httpx)\.(?:post|put)\s*\(|\burlopen\s*\(|\bfetch\s*\([^\n]{0,200}?\bmethod\s*:\s*["'`](?:POST|PUT)|\bInvoke-(?:WebRequest|RestMethod)\b[^\n]{0,600}?-Body/;
const RUNNER_SECRET_LANGS = ['shell', 'python', 'js', 'ruby', 'go', 'yaml'];

/** Logical lines: shell continuations joined, each with the index of the line it starts on. */
function logicalLines(text: string): { text: string; index: number }[] {
  const out: { text: string; index: number }[] = [];
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    const index = i;
    let joined = lines[i];
    while (joined.endsWith('\\') && i + 1 < lines.length && joined.length < 4000)
      joined = joined.slice(0, -1) + ' ' + lines[++i];
    out.push({ text: joined, index });
  }
  return out;
}

/**
 * The runner's credentials taken other than to call the runner's own services, and a request that
 * uploads a body somewhere else from the same script: the job's tokens leave the runner.
 */
function runnerSecretsSent(segments: Segment[]): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'config') continue;
    if (!RUNNER_SECRET_LANGS.includes(seg.lang) || !testSegment(RUNNER_SECRET, seg)) continue;
    const lines = logicalLines(seg.text).filter((l) => !callsRunnerService(l.text));
    const taken = lines.find((l) => RUNNER_SECRET.test(l.text));
    if (!taken || !lines.some((l) => UPLOAD.test(l.text))) continue;
    // The physical line naming the credential, not the whole joined command.
    const physical = linesOf(seg.text);
    let at = taken.index;
    while (at < physical.length - 1 && !RUNNER_SECRET.test(physical[at])) at++;
    out.push({ file: seg.file, line: fileLineOf(seg, at), evidence: clean(physical[at]), depth: seg.depth });
  }
  return out;
}

/**
 * A browser extension's harvest: the cookie jar (`chrome.cookies.getAll`, `browser.cookies.get`), the
 * browsing history (`chrome.history.search`), saved form data or the session's tabs of every site.
 */
const EXTENSION_HARVEST = gated(
  /\b(?:chrome|browser)\.(?:cookies\.(?:getAll|get|getAllCookieStores)|history\.(?:search|getVisits)|webRequest\.onBeforeSendHeaders|debugger\.attach)\b/g,
);
/** Sent away from the extension: a fetch with a body, a beacon, an XHR or WebSocket send (two linear tests). */
const EXTENSION_SEND = gated(
  /\bfetch\s{0,4}\(|\bnavigator\.sendBeacon\s{0,4}\(|\bnew\s{1,4}(?:XMLHttpRequest|WebSocket)\b|\baxios\.(?:post|put)\s{0,4}\(|\$\.(?:post|ajax)\s{0,4}\(/,
);
const EXTENSION_PAYLOAD = gated(
  /\bbody\s{0,4}:\s{0,4}\w|\bsendBeacon\s{0,4}\(\s{0,4}[\w"'`]{1,200}\s{0,4},|\.send\s{0,4}\(\s{0,4}[\w"'`]|\baxios\.(?:post|put)\s{0,4}\(|\$\.(?:post|ajax)\s{0,4}\(/,
);

/** A credential file under the home folder, written without quotes (a YAML list item or flow list element). */
const UNQUOTED_CRED_PATH =
  '(?:~/|\\$HOME/|\\$\\{HOME\\}/)?\\.(?:aws/credentials|ssh/id_[\\w.-]{1,40}|config/gcloud/[\\w.-]{1,80}\\.json|azure/(?:accessTokens\\.json|msal_token_cache[\\w.]{0,12}|credentials)|kube/config|docker/config\\.json|git-credentials|netrc|npmrc|pypirc|pgpass|gnupg/|password-store/|openclaw/[\\w.-]{1,80}|claude/\\.credentials\\.json|config/gh/hosts\\.yml)(?=[\\s"\',\\]#]|$)';
const UNQUOTED_CRED_HINTS = [
  '.aws/credentials',
  '.ssh/id_',
  '.config/gcloud/',
  '.azure/',
  '.kube/config',
  '.docker/config',
  '.git-credentials',
  '.netrc',
  '.npmrc',
  '.pypirc',
  '.pgpass',
  '.gnupg/',
  '.password-store/',
  '.openclaw/',
  '.credentials.json',
  'gh/hosts.yml',
];

/**
 * A credential file named in a data file, quoted or not (`- .ssh/id_ed25519`, `"~/.aws/credentials"`),
 * with the kind of secret it holds as the capture's name.
 */
const MANIFEST_CRED = gated(
  /(?<![\w.-])(?:~[/\\]|\$HOME[/\\]|\$\{HOME\}[/\\])?\.(?:(?<ssh>ssh[/\\]id_[\w.-]{1,40})|(?<aws>aws[/\\]credentials)|(?<gcloud>config[/\\]gcloud[/\\][\w.-]{1,80}\.json)|(?<azure>azure[/\\](?:accessTokens\.json|msal_token_cache[\w.]{0,12}|credentials))|(?<kube>kube[/\\]config)|(?<docker>docker[/\\]config\.json)|(?<git>git-credentials|config[/\\]gh[/\\]hosts\.yml)|(?<netrc>netrc)|(?<npm>npmrc)|(?<pypi>pypirc)|(?<pg>pgpass)|(?<gpg>gnupg)|(?<pass>password-store)|(?<vault>vault-token)|(?<terraform>terraform\.d[/\\]credentials\.tfrc\.json)|(?<agent>openclaw[/\\][\w.-]{1,80}|claude[/\\]\.credentials\.json))(?![\w-]|\.pub\b)/g,
);
/** Data files a script reads its settings from. */
const MANIFEST_FILE = /\.(?:ya?ml|json|jsonc|toml|ini|cfg|conf|txt|list|manifest)$/i;
/** Lists of what to leave out: ignore files and filters. */
const EXCLUSION_FILE = /ignore|exclude|filter/i;
/** A key that names a list of things to leave out, not to take. */
const EXCLUSION_KEY =
  /exclu|ignor|skip|deny|denied|block|blacklist|never|forbid|protect|redact|mask|scrub|omit|sensitive|avoid|reject|drop|filter|secret_patterns/i;
const MANIFEST_KEY = /^([ \t]{0,40})(?:-[ \t]{1,8})?["']?([\w.-]{1,80})["']?[ \t]{0,4}[:=]/;
/** Files copied off the machine: rsync/scp/sftp/rclone, cloud storage copies, uploads of a file. */
const SHIPS_FILES =
  /\b(?:rsync|scp|sftp|rclone|azcopy|smbclient)\b|\baws[ \t]{1,4}s3[ \t]{1,4}(?:cp|sync|mv)\b|\bgsutil[ \t]{1,4}(?:-m[ \t]{1,4})?(?:cp|rsync)\b|\.upload_file(?:obj)?[ \t]{0,4}\(|\.put_object[ \t]{0,4}\(|\.storbinary[ \t]{0,4}\(|\bcurl\b[^\n]{0,300}?(?:[ \t]-T\b|--upload-file|[ \t]-F\b|--form|--data-binary[ \t]{1,4}["']?@)|\b(?:requests|httpx|session)\.(?:post|put)[ \t]{0,4}\([^\n]{0,300}?\bfiles[ \t]{0,4}=/;
const ARCHIVES = /\btarfile\b|\bzipfile\b|\bmake_archive\b|\btar[ \t]{1,4}-?\w{0,6}[cz]/;
const SENDS =
  /\b(?:requests|httpx)\.(?:post|put)\b|\burlopen\b|\bfetch[ \t]{0,4}\(|\bcurl\b|\bwget[ \t][^\n]{0,200}--post/;
const MAX_MANIFEST_ENTRIES = 200;
const MAX_KEY_LOOKBACK = 40;

const shipsFiles = (text: string) => SHIPS_FILES.test(text) || (ARCHIVES.test(text) && SENDS.test(text));

/**
 * The key an entry at `line` belongs to: the line's own key (`identity: ~/.ssh/id_rsa`, a flow list
 * `take: [.netrc, .aws/credentials]`), else the nearest key above it that is less indented (or as
 * indented, for a YAML sequence written flush with its key).
 */
function listKey(lines: readonly string[], line: number): string {
  const here = MANIFEST_KEY.exec(lines[line]);
  if (here) return here[2];
  const indent = /^[ \t]*/.exec(lines[line])?.[0].length ?? 0;
  const item = /^[ \t]*-/.test(lines[line]);
  for (let i = line - 1; i >= 0 && line - i <= MAX_KEY_LOOKBACK; i--) {
    const key = MANIFEST_KEY.exec(lines[i]);
    if (!key || /^[ \t]*-/.test(lines[i])) continue;
    if (key[1].length < indent || (item && key[1].length === indent)) return key[2];
  }
  return '';
}

/** The kinds of credential a data file lists for taking (lists under exclusion keys left out), with the first entry's line. */
function listedCredentials(text: string): { kinds: Set<string>; line: number } {
  const kinds = new Set<string>();
  let first = -1;
  const lines = linesOf(text);
  const starts = lineStarts(text);
  MANIFEST_CRED.lastIndex = 0;
  let n = 0;
  for (const m of text.matchAll(MANIFEST_CRED)) {
    if (++n > MAX_MANIFEST_ENTRIES) break;
    const line = lineIndexOf(starts, m.index);
    if (EXCLUSION_KEY.test(listKey(lines, line))) continue;
    const kind = Object.entries(m.groups ?? {}).find(([, v]) => v !== undefined)?.[0];
    if (!kind) continue;
    kinds.add(kind);
    if (first === -1) first = line;
  }
  return { kinds, line: first };
}

/**
 * Credential files of several kinds (SSH private keys, cloud, kube, git, netrc) listed in a settings file
 * of the skill, and a script that names that file and ships files off the machine (rsync/scp, cloud
 * copies, uploads; an archive sent by HTTP): the sweep lives in data, the transfer in code, so neither
 * looks like exfiltration alone.
 */
function manifestCredentialsShipped({ segments, files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  const code = segments.filter((s) => s.kind === 'code' && s.depth === 0);
  for (const file of files) {
    if (
      !MANIFEST_FILE.test(file.path) ||
      EXCLUSION_FILE.test(file.path.slice(file.path.lastIndexOf('/') + 1))
    )
      continue;
    if (!testFile(MANIFEST_CRED, file)) continue;
    const { kinds, line } = listedCredentials(file.text);
    if (kinds.size < 2) continue;
    const base = file.path.slice(file.path.lastIndexOf('/') + 1);
    const shipped = code.some((s) => {
      if (s.file === file.path || !s.text.includes(base)) return false;
      if (shipsFiles(s.text)) return true;
      // The settings file handed to a script on its command line (`python3 scripts/stage.py --config staging.yaml`).
      return files.some((f) => {
        const script = f.path.slice(f.path.lastIndexOf('/') + 1);
        return f !== file && script.length >= 4 && s.text.includes(script) && shipsFiles(f.text);
      });
    });
    if (!shipped) continue;
    out.push({ file: file.path, line: line + 1, evidence: clean(linesOf(file.text)[line] ?? '') });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// SG-CRED-018: a program lists home-relative credential files of several kinds and reads each one.

/** The user's home folder, as a program finds it (PHP, Python, Node, shell). */
const HOME_DIR = gated(
  /\bgetenv[ \t]{0,4}\([ \t]{0,4}["']HOME["']|\$_(?:SERVER|ENV)[ \t]{0,4}\[[ \t]{0,4}["']HOME["']|\bposix_getpwuid\b|\bos\.homedir[ \t]{0,4}\(|\bexpanduser[ \t]{0,4}\(|\bPath\.home[ \t]{0,4}\(|\bprocess\.env\.HOME\b|\bos\.environ(?:\.get[ \t]{0,4}\(|\[)[ \t]{0,4}["']HOME["']|\$\{?HOME\b/,
);
/**
 * A file's contents read from a computed path (a variable, an interpolated or joined string): PHP's
 * `file_get_contents("$home/$f")`, `file($p)`, `readfile`, `fopen`; Python's `open(p)`, `.read_text()`;
 * Node's `readFileSync(p)`. A literal path is another rule's business.
 */
const READS_COMPUTED_PATH = gated(
  /(?<![\w$>:])(?:file_get_contents|readfile|file|fopen|open|readFileSync|readFile)[ \t]{0,4}\([ \t]{0,4}(?!["'`][^"'`$\n]{0,200}["'`][ \t]{0,4}[,)])[^)\n]{0,200}?(?:\$|\w[ \t]{0,4}[,)+/]|\{)|\.read_(?:text|bytes)[ \t]{0,4}\(/,
);

/**
 * Credential files of several kinds (SSH private keys, cloud, git, netrc, agent credentials) named in a
 * program's own code, the home folder looked up, and file contents read from a computed path: a loop
 * over home-relative credential paths that collects each one (a "diagnostic" that bundles ~/.ssh/id_rsa
 * and ~/.aws/credentials). Lists under an exclusion name (`$skip`, `deny`, `redact`) are left out.
 */
function homeCredentialSweep({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const s of segments) {
    if (s.kind !== 'code' || s.lang === 'json' || s.lang === 'yaml' || s.lang === 'text') continue;
    if (!testSegment(MANIFEST_CRED, s) || !testSegment(HOME_DIR, s) || !testSegment(READS_COMPUTED_PATH, s))
      continue;
    const { kinds, line } = listedCredentials(s.text);
    if (kinds.size < 2) continue;
    // The list's own name, on its line or the two before it (`$never_read = array(`, `DENY = [`).
    const lines = linesOf(s.text);
    if (EXCLUSION_KEY.test(lines.slice(Math.max(0, line - 2), line + 1).join('\n'))) continue;
    out.push({ file: s.file, line: fileLineOf(s, line), evidence: clean(lines[line] ?? ''), depth: s.depth });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// SG-CRED-016: a Node-RED flow reads the runtime's credential store and sends data over the network.

/**
 * Node-RED's credential store: `flows_cred.json` (node credentials), the key that decrypts it
 * (`credentialSecret`, kept in `.config.runtime.json` or `.config.json` when settings.js sets none, or
 * `NODE_RED_CREDENTIAL_SECRET`), read or archived by a node; or the whole user directory
 * (`~/.node-red`, `$NODE_RED_HOME`) packed by an archiver, which holds both.
 */
const NODE_RED_STORE = gated(
  /\bflows_cred\.json\b|(?<![\w-])\.config\.(?:runtime\.)?json\b|\bcredentialSecret\b|\bNODE_RED_CREDENTIAL_SECRET\b/g,
);
const NODE_RED_USER_DIR = /\.node-red\b|\bNODE_RED_HOME\b|\buserDir\b/;
const ARCHIVER = gated(/\b(?:tar|zip|7z|rsync|scp|cpio)\b/g);
/** What leaves: a request to a URL that is not this machine or its network, or a download tool. */
const FLOW_SEND = gated(
  /\bmsg\.url\s{0,4}=[^;\n]{0,200}?["'`]https?:\/\/(?!localhost\b|127\.|0\.0\.0\.0|\[::1\]|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.)[\w-]|\b(?:fetch|axios(?:\.\w{1,10})?|https?\.(?:request|get))\s{0,4}\(|\b(?:curl|wget)\b/,
);

/**
 * A Node-RED flow (its Exec commands, Function code and HTTP request URLs, read by the flow reader) that
 * reads the credential store or archives the user directory, and sends data out: node credentials and the
 * key that decrypts them, shipped as a "snapshot", "backup" or "registration".
 */
function nodeRedCredentialsSent({ segments }: CustomInput): RawHit[] {
  const byFile = new Map<string, Segment[]>();
  for (const s of segments) {
    if (s.kind !== 'code' || !s.block.endsWith(NODE_RED_BLOCK)) continue;
    const list = byFile.get(s.file) ?? [];
    list.push(s);
    byFile.set(s.file, list);
  }
  const hits: RawHit[] = [];
  for (const flow of byFile.values()) {
    if (!flow.some((s) => testSegment(FLOW_SEND, s))) continue;
    for (const s of flow) {
      const read = storeRead(s);
      if (read === null) continue;
      const line = fileLineOf(s, lineIndexOf(lineStarts(s.text), read));
      hits.push({
        file: s.file,
        line,
        evidence: clean(linesOf(s.text)[lineIndexOf(lineStarts(s.text), read)]),
      });
      break;
    }
  }
  return hits;
}

/** Offset of the first read of the store in a flow segment, or null. */
function storeRead(s: Segment): number | null {
  NODE_RED_STORE.lastIndex = 0;
  const named = testSegment(NODE_RED_STORE, s) ? NODE_RED_STORE.lastIndex : -1;
  NODE_RED_STORE.lastIndex = 0;
  if (named > 0) return named - 1;
  if (s.lang !== 'shell' || !NODE_RED_USER_DIR.test(s.text) || !mayMatch(ARCHIVER, s)) return null;
  // An Exec node is one line: the user directory and an archiver in the same command.
  const lines = linesOf(s.text);
  let offset = 0;
  for (const l of lines) {
    ARCHIVER.lastIndex = 0;
    if (NODE_RED_USER_DIR.test(l) && ARCHIVER.test(l)) return offset;
    offset += l.length + 1;
  }
  ARCHIVER.lastIndex = 0;
  return null;
}

export const CREDENTIAL_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-CRED-017',
    family: 'credential',
    severity: 'HIGH',
    message:
      'Sends a platform token (used with a base URL from the environment) to a URL read out of a config file the script loads, through the same signing helper',
    remediation:
      'Send a platform token only to that platform’s own base URL; a third-party URL from a config file must get its own credential, never the admin’s.',
    check: ({ files }) => files.flatMap((f) => authHelperToLoadedUrl(f.path, f.text)),
  },
  {
    type: 'custom',
    id: 'SG-CRED-013',
    family: 'credential',
    severity: 'HIGH',
    message:
      'Sends the CI runner’s own credentials (Actions runtime or OIDC request token, checkout’s git auth header) off the runner',
    remediation:
      'A CI step must never forward the runner’s tokens; let the runner’s own services and actions use them.',
    check: ({ segments }) => runnerSecretsSent(segments),
  },
  {
    type: 'custom',
    id: 'SG-CRED-010',
    family: 'credential',
    severity: 'HIGH',
    message: 'Gathers several secret environment variables into one payload',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      segments.flatMap((s) => {
        if ((s.kind !== 'code' && s.kind !== 'decoded') || !testSegment(SERIALISE, s)) return [];
        const found = firstTwoNamedValues(s.text);
        if (found.length < 2) return [];
        const first = found[0];
        const line = s.text.slice(0, first.index).split('\n').length - 1;
        return [{ file: s.file, line: fileLineOf(s, line), evidence: clean(first[0]), depth: s.depth }];
      }),
  },
  cred(
    'SG-CRED-001',
    'MEDIUM',
    'Reads SSH private keys',
    '\\.ssh/(?:id_[\\w*]+(?!\\S*\\.pub)|\\*|\\s|$|"|\')|\\.ssh/?(?=\\s|$|"|\')',
    ['.ssh'],
  ),
  cred(
    'SG-CRED-002',
    'MEDIUM',
    'Reads cloud provider credential files',
    '\\.aws/credentials|application_default_credentials\\.json|\\.azure/(?:credentials|accessTokens)|\\.kube/config|gcloud/credentials|\\.config/gcloud',
    ['.aws', 'application_default', '.azure', '.kube', 'gcloud'],
  ),
  cred(
    'SG-CRED-003',
    'HIGH',
    'Reads browser credential or cookie stores',
    '[/\\\\](?:Login Data|Cookies|Web Data|Local State)\\b|binarycookies|key[34]\\.db|logins\\.json',
    ['login data', 'cookies', 'key3', 'key4', 'logins.json', 'local state', 'web data'],
  ),
  {
    ...cred(
      'SG-CRED-004',
      'HIGH',
      'Searches for or reads cryptocurrency wallets',
      // A wallet keystore is a folder (`~/.ethereum/keystore/UTC--…`) or a search for every `*.keystore`.
      // An Android/Java signing keystore is not a wallet: a named file (`upload.jks`, `game-upload.keystore`,
      // `keystore.properties`), a build setting or variable (`keystorePath`, `GODOT_ANDROID_KEYSTORE_…`), a
      // tool's flag (`keytool -keystore`) or a keychain item named after it (`-s mygame-keystore`).
      'wallet\\.dat|\\.wallet\\b|metamask|phantom|exodus|electrum|Local Extension Settings|seed\\.txt|mnemonic|\\*\\.keystore\\b|(?<![\\w.-])keystore(?![\\w-]|\\.(?:jks|p12|bks|keystore|properties)\\b)',
      [
        'wallet',
        'metamask',
        'phantom',
        'exodus',
        'electrum',
        'extension settings',
        'seed.txt',
        'mnemonic',
        'keystore',
      ],
    ),
    adjust: (m) => (metadataOnly(m.lineText) ? 'MEDIUM' : 'HIGH'),
  },
  cred(
    'SG-CRED-006',
    'MEDIUM',
    'Reads agent or developer tool credentials',
    '\\.openclaw/|\\.clawdbot/|\\.claude/(?:\\.credentials|settings)|auth-profiles\\.json|\\.netrc|\\.git-credentials|\\.npmrc|\\.pypirc|gh/hosts\\.yml|\\.docker/config\\.json|\\.gnupg|/etc/shadow',
    [
      '.openclaw',
      '.clawdbot',
      '.claude',
      'auth-profiles',
      '.netrc',
      '.git-credentials',
      '.npmrc',
      '.pypirc',
      'hosts.yml',
      '.docker',
      '.gnupg',
      'shadow',
    ],
  ),
  {
    type: 'pattern',
    id: 'SG-CRED-005',
    family: 'credential',
    severity: 'MEDIUM',
    message: 'Queries the OS keychain or secret store',
    remediation: REMEDIATION,
    pattern:
      /\bsecurity\s+(?:find-generic-password|find-internet-password|dump-keychain)\b|\bsecret-tool\s+lookup\b|login\.keychain|\bkwallet-query\b|\bcmdkey\s+\/list\b|CredRead|vaultcmd/gi,
    hints: ['security', 'secret-tool', 'keychain', 'kwallet', 'cmdkey', 'credread', 'vaultcmd'],
    starts: ['security', 'secret-tool', 'login.keychain', 'kwallet-query', 'cmdkey', 'credread', 'vaultcmd'],
    in: 'code',
    tags: ['secret-read'],
    // Printing a password (-w) is HIGH unless it is the skill's own, named item (`-s restic-home`).
    // Reading back an item the skill has the user store (`security add-generic-password -s x`) is too.
    adjust: (m, ctx) =>
      /dump-keychain/i.test(m.lineText) ||
      (/-w\b/.test(m.lineText) &&
        ((!ownItem(m.lineText, ctx.identity, m.segment.text) &&
          !storedBySkill(m.lineText, ctx.fileText(m.segment.file))) ||
          OTHER_APPS_SECRETS.test(m.lineText)))
        ? 'HIGH'
        : 'MEDIUM',
  },
  {
    type: 'pattern',
    id: 'SG-CRED-007',
    family: 'credential',
    severity: 'HIGH',
    message: 'Searches the whole filesystem or home folder for keys, certificates or credential files',
    remediation: REMEDIATION,
    pattern:
      /\bfind\s+(?:\/|~|\$HOME|"\$HOME"|\/home|\/Users)\S*\s[^\n]{0,300}?-i?(?:name|path)\s+["']?[^\s"']*(?:\.pem|\.key|id_rsa|id_ed25519|wallet|credentials|\.env|\.p12|\.pfx|keystore|seed|mnemonic|secret|token|password)/gi,
    hints: ['find'],
    in: 'code',
    tags: ['secret-read', 'bulk-read'],
  },
  {
    type: 'pattern',
    id: 'SG-CRED-008',
    family: 'credential',
    severity: 'MEDIUM',
    message: 'Queries the cloud instance metadata service (instance credentials)',
    remediation:
      'Skills should not read instance credentials; use the provider SDK with scoped, declared credentials.',
    pattern: /169\.254\.169\.254|metadata\.google\.internal|100\.100\.100\.200|fd00:ec2::254/gi,
    hints: ['169.254.169.254', 'metadata.google', '100.100.100.200', 'fd00:ec2'],
    in: 'code',
    tags: ['secret-read'],
  },
  {
    type: 'pattern',
    id: 'SG-CRED-009',
    family: 'credential',
    severity: 'HIGH',
    message: 'Prints a secret environment variable to the output (leaks it into logs and the model context)',
    remediation: 'Never echo secrets; check that a variable is set with `test -n` or print a masked value.',
    pattern: new RegExp(
      `(?:console\\.(?:log|info|error)|print|puts|System\\.out\\.println)\\s*\\(\\s*(?:f?["'][^"'\\n]{0,40}["']\\s*[,+]\\s*)?(?:process\\.env(?:\\.|\\[\\s*["'])|os\\.environ(?:\\.get\\(|\\[)\\s*["']|os\\.getenv\\(\\s*["'])${SECRET_NAME}["']?\\s*\\]?\\)?\\s*\\)|^\\s*(?:echo|printf)\\s+["']?\\$\\{?${SECRET_NAME}\\}?["']?\\s*$`,
      'gm',
    ),
    hints: ['console.', 'print', 'puts', 'echo'],
    needs: [SECRET_NAME_WORDS],
    in: 'code',
    tags: ['env-print'],
    adjust: (m) => (/^\s*(?:echo|printf)\b/.test(m.match) ? 'MEDIUM' : 'HIGH'),
  },
  {
    type: 'signal',
    tag: 'secret-read',
    pattern:
      // Windows paths too (`"\\.aws\\credentials"` after `%USERPROFILE%` in VBA, PowerShell, C#).
      /["'`](?:~[/\\]|\$HOME[/\\]|[/\\]{1,2})?\.(?:aws[/\\]{1,2}credentials|ssh[/\\]{1,2}id_\w+|npmrc|netrc|git-credentials|pypirc|docker[/\\]{1,2}config\.json|kube[/\\]{1,2}config|config[/\\]{1,2}gcloud[/\\]{1,2}\w+\.json)["'`]/g,
    hints: ['.aws', '.ssh', '.npmrc', '.netrc', '.git-credentials', '.pypirc', '.docker', '.kube', 'gcloud'],
    in: 'code',
  },
  {
    // Credential files listed unquoted in a data file the code walks (a YAML list: `- .aws/credentials`,
    // `- ~/.ssh/id_ed25519`, or a flow list `[.aws/credentials, .kube/config]`), two or more of them: a
    // sweep kept in settings where the path-string signals do not look. One path is a tool's own setting.
    type: 'signal',
    tag: 'secret-read',
    pattern: new RegExp(
      `^[ \\t]{0,20}-[ \\t]{1,8}["']?${UNQUOTED_CRED_PATH}[^\\n]{0,200}\\n(?:[^\\n]{0,200}\\n){0,12}?[ \\t]{0,20}-[ \\t]{1,8}["']?${UNQUOTED_CRED_PATH}|\\[[^\\]\\n]{0,200}?(?<=[\\[,][ \\t]{0,8})${UNQUOTED_CRED_PATH}[^\\]\\n]{0,200}?,[ \\t]{0,8}${UNQUOTED_CRED_PATH}`,
      'gm',
    ),
    hints: UNQUOTED_CRED_HINTS,
    needs: [['-', '[']],
    in: 'code',
  },
  {
    // AI agent CLIs' own key stores (Codex auth.json, Gemini OAuth creds, Anthropic key file), as one
    // path string or as pathlib/os.path pieces.
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /["'`][^"'`\n]{0,60}?(?:\.codex\/auth\.json|\.gemini\/oauth_creds\.json|\.anthropic\/(?:api_key|credentials))["'`]|["']\.(?:codex|gemini|anthropic)["']\s*[/,]\s*["'](?:auth\.json|oauth_creds\.json|api_key|credentials)["']/g,
    hints: ['.codex', '.gemini', '.anthropic'],
    in: 'code',
  },
  {
    // A credential folder or store named as a path string, read later through a variable.
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /["'`][^"'`\n]{0,60}?(?:\.ssh|\.aws|\.azure|\.gnupg|\.openclaw|\.clawdbot|\.claude|\.config[/\\]{1,2}gh|\.password-store|Keychains)(?:[/\\]{1,2})?["'`]|["'`][^"'`\n]{0,80}?(?:auth-profiles\.json|\.git-credentials|\.npmrc|\.pypirc|\.netrc|gh[/\\]{1,2}hosts\.yml|Login Data|Local State|Web Data|[/\\]Cookies|Local Extension Settings|wallet\.dat|\.electrum|Exodus|solana\/id\.json|keystore|msal_token_cache[\w.]{0,12}|accessTokens\.json|AzureRmContext\.json|TokenCache\.dat)["'`]/gi,
    hints: [
      '.ssh',
      '.aws',
      '.azure',
      '.gnupg',
      '.openclaw',
      '.clawdbot',
      '.claude',
      '.config/gh',
      '.password-store',
      'keychains',
      'auth-profiles',
      '.git-credentials',
      '.npmrc',
      '.pypirc',
      '.netrc',
      'hosts.yml',
      'login data',
      'local state',
      'web data',
      'cookies',
      'extension settings',
      'wallet.dat',
      '.electrum',
      'exodus',
      'solana/id.json',
      'keystore',
      'msal_token_cache',
      'accesstokens.json',
      'azurermcontext.json',
      'tokencache.dat',
    ],
    in: 'code',
  },
  {
    // Database password hashes: PostgreSQL `rolpassword` of pg_authid / `passwd` of pg_shadow, MySQL
    // `authentication_string` of mysql.user (a query naming the column and the table).
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /\b(?:rolpassword|passwd)\b[\s\S]{0,300}?\bFROM\s{1,20}(?:pg_catalog\.)?(?:pg_authid|pg_shadow)\b|\bauthentication_string\b[\s\S]{0,300}?\bFROM\s{1,20}[`"]?mysql[`"]?\.[`"]?user\b/gi,
    hints: ['rolpassword', 'passwd', 'authentication_string'],
    needs: [['pg_authid', 'pg_shadow', 'mysql']],
    starts: ['rolpassword', 'passwd', 'authentication_string'],
    in: 'code',
  },
  {
    // A desktop GIS's encrypted credential store read in clear: QGIS's auth database walked
    // (`authManager().configIds()` / `availableAuthMethodConfigs()`) and each config loaded decrypted
    // (`loadAuthenticationConfig(id, cfg, True)`). One config loaded by the id a layer names is a plugin
    // using its own login; every config the store holds is a sweep.
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /\.loadAuthenticationConfig\s{0,4}\([^()\n]{0,200}?,\s{0,4}(?:full\s{0,4}=\s{0,4})?True\s{0,4}\)/g,
    hints: ['loadauthenticationconfig'],
    needs: [['configids', 'availableauthmethodconfigs']],
    starts: ['.loadauthenticationconfig'],
    in: 'code',
  },
  {
    // Orchestrators' connection stores read whole: every Airflow Connection from the metadata
    // database (`session.query(Connection)`, URIs with passwords) or the `airflow connections export` CLI.
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /\.query\(\s{0,4}(?:models\.)?Connection\s{0,4}\)|\bairflow\s{1,4}connections\s{1,4}(?:export|list\b[^\n]{0,80}?(?:-o|--output)\s{0,4}(?:json|yaml))/g,
    hints: ['connection'],
    needs: [['query', 'airflow']],
    in: 'code',
  },
  {
    type: 'pattern',
    id: 'SG-CRED-011',
    family: 'credential',
    severity: 'LOW',
    message: 'Reads a .env file',
    remediation: 'Load only the variables the skill needs and declare them in metadata.requires.env.',
    pattern:
      /(?:\bcat|\bsource|open\(|readFile\w*\(|Get-Content)\s*\(?\s*["']?(?:[~.\w/$]*\/)?\.env(?:\.\w+)?\b(?!\.example|\.sample|\.template)/gi,
    hints: ['.env'],
    in: 'code',
    tags: ['secret-read'],
  },
  {
    type: 'pattern',
    id: 'SG-CRED-012',
    family: 'credential',
    severity: 'HIGH',
    message: 'Serialises every CI secret of the repository at once (toJSON(secrets))',
    remediation:
      'Pass a workflow step only the named secrets it needs (secrets.NAME), never the whole secrets context.',
    pattern: /\$\{\{\s*toJSON\(\s*secrets\s*\)\s*\}\}/gi,
    hints: ['tojson'],
    in: 'code',
    tags: ['secret-read'],
    // In a workflow (a YAML file or fence); an inline mention in prose is a reviewer's checklist.
    adjust: ({ segment }) => (segment.lang === 'yaml' ? 'HIGH' : null),
  },
  {
    // Secret files named in a loop over paths or in a glob, then opened by the loop or the glob's
    // results (`for n in [".env", …]`, `for (const n of [".env", …])`, `[".env", …].forEach(`).
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /\bfor\s+\w+\s+in\s+[([][^)\]\n]{0,200}?["'](?:[~.\w/$-]*\/)?\.(?:env|pgpass|netrc|npmrc|git-credentials|pypirc)\b(?!\.example|\.sample|\.template)|\bfor\s*\(\s*(?:const|let|var)\s+\w+\s+of\s+\[[^\]\n]{0,200}?["'`](?:[~.\w/$-]*\/)?\.(?:env|pgpass|netrc|npmrc|git-credentials|pypirc)\b(?!\.example|\.sample|\.template)|\[\s*["'`](?:[~.\w/$-]*\/)?\.(?:env|pgpass|netrc|npmrc|git-credentials|pypirc)\b(?![.\w]*(?:example|sample|template))[^\]\n]{0,200}\]\s*\.(?:forEach|map|flatMap|filter|each)\b|\b(?:r?glob|iglob|globSync|fg|fast-?glob)\s*\(\s*[^)\n]{0,80}?\.env\b(?![.\w]*(?:example|sample|template))|\bfind\s[^\n|;]{0,120}?-i?name\s+["']?\.env\b(?![.\w]*(?:example|sample|template))/g,
    hints: ['.env', '.pgpass', '.netrc', '.npmrc', '.git-credentials', '.pypirc'],
    in: 'code',
  },
  {
    // Credential file names in a regular expression that filters a walk of the disk: two or more
    // of them (`/\.npmrc$|\.netrc$|\.git-credentials$/`) pick the files a sweep keeps.
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /\\\.(?:npmrc|netrc|git-credentials|pypirc|pgpass)\b[^\n]{0,200}?\\\.(?:npmrc|netrc|git-credentials|pypirc|pgpass)\b/g,
    hints: ['npmrc', 'netrc', 'git-credentials', 'pypirc', 'pgpass'],
    in: 'code',
  },
  {
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /\bdict\(\s*os\.environ\s*\)|\bos\.environ\.copy\(\)|\bos\.environ\.items\(\)|JSON\.stringify\(\s*process\.env\s*[,)]|Object\.(?:entries|keys|values)\(\s*process\.env\s*\)|\$\(\s*(?:env|printenv)\b|^\s*(?:env|printenv)\s*(?:\||>)|(?:[;&]|(?<![$\w])\{\s)\s*(?:env|printenv)\s*(?:[;|>)}]|$)|\bGet-ChildItem\s+env:|:\s*process\.env\s*[,}]|\bDeno\.env\.toObject\(\s*\)/gim,
    hints: ['environ', 'process.env', 'env', 'printenv', 'set'],
    // Every alternative spells `env` (environ, printenv, process.env, env:).
    needs: [['env']],
    in: 'code',
  },
  {
    // JS: an unchanged copy of the whole environment spread into an object (`env: { ...process.env }`
    // in a payload). A child process's options (`spawn(cmd, args, { env: { ...process.env } })`) hand
    // the environment to a local program, not to a reader: a spread inside a launch's call is not one.
    type: 'signal',
    tag: 'secret-read',
    pattern: ENV_SPREAD_COPY,
    hints: ['process.env'],
    in: 'code',
  },
  {
    // The whole environment in Ruby, R, Java/Kotlin/Groovy, Swift and .NET (PowerShell's
    // `[Environment]::GetEnvironmentVariables()`, C#'s `Environment.GetEnvironmentVariables()`, the
    // `env:` drive listed by `gci`/`dir`/`ls`/`Get-Item env:*`): a dump of every variable or a walk over
    // all of them (a filter by name included), not the lookup of one named variable.
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /\bENV\.(?:to_h|to_hash|to_a|each(?:_pair)?|select|filter(?:_map)?|reject|find_all|map|sort_by|inspect)\b|\bSys\.getenv\(\s*\)|\bSystem\.getenv\(\s*\)(?!\s*(?:\[|\.(?:get|getOrDefault|getOrElse|containsKey|contains)\b))|\bProcessInfo\.processInfo\.environment\s*\.\s*(?:filter|forEach|map|compactMap|reduce|description|sorted)\b|\bEnvironment(?:\]::|\.)GetEnvironmentVariables\s{0,4}\([^)\n]{0,80}\)|(?<![\w-])(?:gci|dir|ls|Get-Item|Get-ChildItem)\s{1,4}(?:-Path\s{1,4})?env:(?:\\?\*)?(?=[\s|);]|$)/gim,
    hints: ['env.', 'sys.getenv', 'system.getenv', 'processinfo', 'getenvironmentvariables', 'env:'],
    starts: [
      'env.',
      'sys.getenv',
      'system.getenv',
      'processinfo',
      'environment',
      'gci',
      'dir',
      'ls',
      'get-item',
      'get-childitem',
    ],
    in: 'code',
  },
  {
    // The whole environment in other scripting languages: Liquidsoap's `environment()` (a list of every
    // name and value; `environment.get("X")` is one lookup), PHP's `getenv()` with no name, Elixir's
    // `System.get_env()`, Erlang's `os:getenv()`, Haskell's `getEnvironment`, Perl's `%ENV` walked or
    // dumped whole, Tcl's `array get env`. Case-sensitive: these are the languages' own spellings.
    type: 'signal',
    tag: 'secret-read',
    pattern:
      /(?<![\w.$>:])(?:environment|getenv)\(\s{0,4}\)|\bSystem\.get_env\(\s{0,4}\)|\bos:getenv\(\s{0,4}\)|\bgetEnvironment\b|\b(?:keys|each|values)\s{0,4}\(?\s{0,4}%ENV\b|\bDumper\s{0,4}\(\s{0,4}\\%ENV\b|\barray\s{1,4}get\s{1,4}(?:::)?env\b/g,
    hints: ['environment', 'getenv', 'get_env', '%env', 'array'],
    needs: [['env']],
    in: 'code',
  },
  {
    type: 'custom',
    id: 'SG-CRED-014',
    family: 'credential',
    severity: 'HIGH',
    message:
      'A browser extension reads cookies or browsing history through the extension API and sends data to a server from the same script (session theft)',
    remediation:
      'An extension must not read other sites’ cookies or history and post them anywhere; check a sign-in state in the page itself, and request only the hosts it needs.',
    check: ({ segments }) =>
      sinkWithSources(segments, ['js'], [EXTENSION_SEND, EXTENSION_PAYLOAD], EXTENSION_HARVEST),
  },
  {
    type: 'custom',
    id: 'SG-CRED-015',
    family: 'credential',
    severity: 'HIGH',
    message:
      'A settings file of the skill lists credential files of several kinds (SSH private keys, cloud, kube, git or netrc credentials) and a script that reads it copies files off the machine (rsync/scp, cloud storage, uploads): a credential sweep kept in data',
    remediation: REMEDIATION,
    check: manifestCredentialsShipped,
  },
  {
    type: 'custom',
    id: 'SG-CRED-018',
    family: 'credential',
    severity: 'HIGH',
    message:
      'A program lists credential files of several kinds under the home folder (SSH private keys, cloud, git or netrc, agent credentials) and reads them from a computed path: a credential sweep',
    remediation: REMEDIATION,
    check: homeCredentialSweep,
  },
  {
    type: 'custom',
    id: 'SG-CRED-016',
    family: 'credential',
    severity: 'HIGH',
    message:
      'A Node-RED flow reads the credential store (flows_cred.json, the credentialSecret key in .config.runtime.json, or an archive of the user directory) and sends data over the network',
    remediation: REMEDIATION,
    check: nodeRedCredentialsSent,
  },
];
