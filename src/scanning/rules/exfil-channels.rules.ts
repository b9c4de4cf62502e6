import type { CustomInput, CustomRule, RawHit, Segment } from '../rule.types.js';
import { fannedOutDestinations } from '../analyzers/upload-destinations.js';
import {
  personalRecordsToUndocumentedHost,
  workflowSendsToUndocumentedHost,
} from '../analyzers/record-sends.js';
import { flowRecordSends } from '../analyzers/node-red-sends.js';
import { sessionToOtherHost } from '../analyzers/session-sends.js';
import type { Severity } from '../scan.types.js';
import { evidenceAround, fileLineOf, lineIndexOf, lineStarts, linesOf } from '../analyzers/segment-lines.js';
import { isLocalHost, PASTE_HOSTS, registrable, SECRET_NAME } from './indicators.js';
import { gated, mayMatch, mayMatchFile, testFile, testSegment } from '../analyzers/literal-gates.js';

/**
 * Exfiltration through channels that look like configuration or product features: an SSH relay
 * that receives the user's agent, a git rewrite that sends pushes elsewhere, a public gist of
 * credential files, telemetry that carries the environment, a hidden mail copy, an image beacon.
 */

const REMEDIATION =
  'Remove the hidden channel; a skill must not route the user’s data or credentials to a third party.';

/** Public code hosts: where agent keys and pushes are worth something to a relay. */
const CODE_HOST =
  /^(?:[\w-]{1,63}\.){0,4}(?:github\.com|gitlab\.com|bitbucket\.org|codeberg\.org|gitee\.com|git\.sr\.ht|ssh\.dev\.azure\.com|vs-ssh\.visualstudio\.com)$/i;

/** Enough places to show; a file repeating one line a million times gets no more. */
const MAX_HITS_PER_FILE = 10;

function hitAt(file: string, text: string, index: number, severity: Severity): RawHit {
  const starts = lineStarts(text);
  return {
    file,
    line: lineIndexOf(starts, index) + 1,
    evidence: evidenceAround(text, index, index),
    severity,
  };
}

function segHit(s: Segment, index: number, severity: Severity): RawHit {
  const starts = lineStarts(s.text);
  return {
    file: s.file,
    line: fileLineOf(s, lineIndexOf(starts, index)),
    evidence: evidenceAround(s.text, index, index),
    severity,
    depth: s.depth,
  };
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-023: SSH to a code host through a third-party jump host that gets the user's agent.

interface SshBlock {
  patterns: string[];
  opts: Map<string, string>;
  index: number;
}

const MAX_SSH_BLOCKS = 2000;
const SSH_LINE = /^[ \t]{0,40}([A-Za-z]{2,40})(?:[ \t]{0,10}=[ \t]{0,10}|[ \t]{1,10})([^\n#]{1,400})/;

function sshBlocks(text: string): SshBlock[] {
  if (!/proxy(?:jump|command)/i.test(text) || !/^[ \t]*(?:ProxyJump|ProxyCommand)\b/im.test(text)) return [];
  const blocks: SshBlock[] = [];
  let cur: SshBlock | null = null;
  let offset = 0;
  for (const line of text.split('\n')) {
    const m = SSH_LINE.exec(line);
    if (m) {
      const key = m[1].toLowerCase();
      const value = m[2].trim();
      if (key === 'host' || key === 'match') {
        cur = {
          patterns: key === 'host' ? value.toLowerCase().split(/\s+/) : [],
          opts: new Map(),
          index: offset,
        };
        // Real configs hold tens of hosts; a file of thousands is not read further.
        if (blocks.push(cur) > MAX_SSH_BLOCKS) break;
      } else if (cur && !cur.opts.has(key)) cur.opts.set(key, value);
    } else if (/^\s*```/.test(line)) cur = null;
    offset += line.length + 1;
  }
  return blocks;
}

/** The host a ProxyJump / `ProxyCommand ssh ... -W %h:%p` goes through (first hop). */
function jumpName(block: SshBlock): string | null {
  const jump = block.opts.get('proxyjump');
  if (jump && !/^none$/i.test(jump))
    return jump
      .split(',')[0]
      .replace(/^[\w.-]{1,64}@/, '')
      .replace(/:\d+$/, '');
  const cmd = block.opts.get('proxycommand');
  if (!cmd || !/\bssh\b/.test(cmd)) return null;
  const words = cmd
    .slice(cmd.search(/\bssh\b/) + 3)
    .trim()
    .split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    if (/^-[WpilJFoSEcbBDLRQ]$/.test(words[k])) k++;
    else if (!words[k].startsWith('-') && !words[k].includes('%'))
      return words[k].replace(/^[\w.-]{1,64}@/, '');
  }
  return null;
}

function sshRelayHits(file: string, text: string): RawHit[] {
  const blocks = sshBlocks(text);
  const byPattern = new Map<string, SshBlock>();
  for (const o of blocks) for (const p of o.patterns) if (!byPattern.has(p)) byPattern.set(p, o);
  const anyHost = byPattern.get('*');
  const hits: RawHit[] = [];
  for (const b of blocks) {
    const targets = [...b.patterns, (b.opts.get('hostname') ?? '').toLowerCase()].filter(Boolean);
    if (!targets.some((t) => CODE_HOST.test(t))) continue;
    const jump = jumpName(b);
    if (!jump) continue;
    const jumpBlock = byPattern.get(jump.toLowerCase());
    const jumpHost = (jumpBlock?.opts.get('hostname') ?? jump).toLowerCase();
    if (CODE_HOST.test(jumpHost)) continue;
    const forwards = (o?: SshBlock) => /^yes$/i.test(o?.opts.get('forwardagent') ?? '');
    const agent =
      forwards(jumpBlock) ||
      forwards(b) ||
      forwards(anyHost) ||
      /\s-A\b/.test(b.opts.get('proxycommand') ?? '');
    hits.push(hitAt(file, text, b.index, agent ? 'HIGH' : 'MEDIUM'));
    if (hits.length >= MAX_HITS_PER_FILE) break;
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-024: git URL rewrite that sends a code host's pushes to a different domain.

/** `[url "ssh://relay@edge.example.net:443/x/"]` then `pushInsteadOf = git@github.com:` lines. */
const URL_SECTION =
  /^[ \t]{0,20}\[url\s{1,10}"([^"\n]{1,300})"\][^\n]{0,100}((?:\n[ \t]{0,40}(?![ \t]{0,40}\[)[^\n]{0,400}){0,20})/gim;
const REWRITE_LINE = /^[ \t]{0,40}(push)?insteadof[ \t]{0,10}=[ \t]{0,10}([^\s#;]{1,300})/gim;
/** `git config --global url.<base>.pushInsteadOf <prefix>`. */
const REWRITE_CMD =
  /\bgit\s{1,10}config\b[^\n]{0,120}?\burl\.["']?([^\s"']{1,300}?)["']?\.(push)?insteadOf["']?\s{1,10}["']?([^\s"';|&]{1,300})/gi;

function urlHost(url: string): string | null {
  const m =
    /^(?:[a-z+]{2,12}:\/\/)?(?:[^@/\s]{1,64}@)?([a-z0-9](?:[a-z0-9-]{0,62}\.){1,6}[a-z]{2,24})(?=[:/]|$)/i.exec(
      url,
    );
  return m ? m[1].toLowerCase() : null;
}

/** `NAME="https://…"` (shell, Python, JS): a rewrite base held in a variable (`url."${MIRROR}".insteadOf`). */
const URL_ASSIGNMENT =
  /^[ \t]{0,40}(?:(?:export|local|readonly|declare|const|let|var)[ \t]{1,10})?([A-Za-z_]\w{0,60})[ \t]{0,4}:?=[ \t]{0,4}["']([^"'\s]{1,300})["']/gm;
const VARIABLE_REF = /^\$\{?([A-Za-z_]\w{0,60})\}?/;

/** The last value assigned to each variable of a file (read once per file). */
function assignments(text: string): Map<string, string> {
  const values = new Map<string, string>();
  if (!text.includes('$')) return values;
  for (const m of text.matchAll(URL_ASSIGNMENT)) values.set(m[1], m[2]);
  return values;
}

/** The value assigned to a variable the URL starts with, in the same file; the URL itself otherwise. */
function resolveVariable(url: string, at: RewriteContext): string {
  const ref = VARIABLE_REF.exec(url);
  if (!ref) return url;
  at.values ??= assignments(at.text);
  const value = at.values.get(ref[1]);
  return value === undefined ? url : value + url.slice(ref[0].length);
}

/** TLS verification switched off in the file that sets up the rewrite (for every host or for one). */
const TLS_OFF =
  /\bsslVerify["']?(?:[ \t]{1,10}|[ \t]{0,10}[,=][ \t]{0,10})["']?false\b|\bGIT_SSL_NO_VERIFY[ \t]{0,4}=[ \t]{0,4}["']?(?:1|true)\b/i;
const MARKDOWN_FILE = /\.(?:md|markdown|mdx)$/i;

interface RewriteContext {
  file: string;
  text: string;
  /** Markdown of the skill: what the user is shown. */
  docs: string;
  values?: Map<string, string>;
}

/**
 * A code host's pushes diverted to another domain: HIGH. Its fetches too (a mirror): MEDIUM, as a
 * corporate mirror is; HIGH when TLS verification is switched off in the same file (the mirror can
 * serve anything), or a script sets the rewrite for the whole user or system (`--global`,
 * `--system`) towards a host the skill's documentation never names.
 */
function rewriteSeverity(
  base: string,
  prefix: string,
  push: boolean,
  at: RewriteContext,
  scoped = false,
): Severity | null {
  const to = urlHost(resolveVariable(base, at));
  const from = urlHost(resolveVariable(prefix, at));
  if (!to || !from || registrable(to) === registrable(from)) return null;
  if (!CODE_HOST.test(from)) return 'MEDIUM';
  // Push-only diversion of a public code host: fetches look normal, the source goes elsewhere.
  if (push || TLS_OFF.test(at.text)) return 'HIGH';
  const hidden = scoped && !MARKDOWN_FILE.test(at.file) && !at.docs.toLowerCase().includes(registrable(to));
  return hidden ? 'HIGH' : 'MEDIUM';
}

const GLOBAL_SCOPE = /\s--(?:global|system)\b/;

function rewriteHits(file: string, text: string, docs: string): RawHit[] {
  if (!/insteadof/i.test(text)) return [];
  const at: RewriteContext = { file, text, docs };
  const hits: RawHit[] = [];
  for (const m of text.matchAll(URL_SECTION)) {
    for (const r of m[2].matchAll(REWRITE_LINE)) {
      const sev = rewriteSeverity(m[1], r[2], !!r[1], at);
      if (sev) hits.push(hitAt(file, text, m.index + m[0].length - m[2].length + r.index + 1, sev));
      if (hits.length >= MAX_HITS_PER_FILE) return hits;
    }
  }
  for (const m of text.matchAll(REWRITE_CMD)) {
    const sev = rewriteSeverity(m[1], m[3], !!m[2], at, GLOBAL_SCOPE.test(m[0]));
    if (sev) hits.push(hitAt(file, text, m.index, sev));
    if (hits.length >= MAX_HITS_PER_FILE) break;
  }
  return hits;
}

function rewriteChecks({ files }: CustomInput): RawHit[] {
  if (!files.some((f) => /insteadof/i.test(f.text))) return [];
  const docs = files
    .filter((f) => MARKDOWN_FILE.test(f.path))
    .map((f) => f.text)
    .join('\n');
  return files.flatMap((f) => rewriteHits(f.path, f.text, docs));
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-029: a second push URL on a remote: every `git push` also copies the repository there.

/** `[remote "origin"]` and the lines of its section, up to the next section. */
const REMOTE_SECTION =
  /^[ \t]{0,20}\[remote\s{1,10}"[^"\n]{1,200}"\][^\n]{0,100}((?:\n(?![ \t]{0,40}\[)[^\n]{0,400}){0,40})/gim;
const PUSHURL_LINE = /^[ \t]{0,40}pushurl[ \t]{0,10}=/gim;
/** `git remote set-url --add --push origin <url>`, `git config --add remote.origin.pushurl <url>`. */
const ADD_PUSH_CMD =
  /\bgit\s{1,10}(?:-C\s{1,10}\S{1,200}\s{1,10})?(?:remote\s{1,10}set-url\s{1,10}(?:--(?:add|push)\s{1,10}){2}|config\b[^\n]{0,80}?--add\s{1,10}["']?remote\.[^\s"']{1,120}\.pushurl\b)/gi;
/** Credentials saved in plain text (`helper = store`, `credential.helper store`), not removed. */
const STORE_HELPER =
  /^(?![^\n]{0,200}--(?:unset|get))[^\n]{0,200}?(?:^[ \t]{0,40}helper[ \t]{0,10}=[ \t]{0,10}["']?store\b|\bcredential(?:\.[^\s=]{1,200})?\.helper["']?[ \t]{1,10}["']?store\b)/im;
/** Config attached from another file (`git config include.path x`, `[include] path = x`). */
const INCLUDE_CONFIG =
  /^(?![^\n]{0,200}--(?:unset|get))[^\n]{0,200}?\bgit\s{1,10}config\b[^\n]{0,80}?\binclude(?:If\.[^\s]{1,200})?\.path\b|^[ \t]{0,20}\[include(?:If\s{1,10}"[^"\n]{1,200}")?\]/im;
const DOC_FILE = /\.(?:md|markdown|mdx)$/i;

function pushUrlHits({ files }: CustomInput): RawHit[] {
  const found: { file: string; text: string; index: number }[] = [];
  for (const f of files) {
    if (!/pushurl|--push/i.test(f.text)) continue;
    for (const m of f.text.matchAll(REMOTE_SECTION)) {
      const urls = [...m[1].matchAll(PUSHURL_LINE)];
      if (urls.length < 2) continue;
      found.push({ file: f.path, text: f.text, index: m.index + m[0].length - m[1].length + urls[1].index });
      break;
    }
    for (const m of f.text.matchAll(ADD_PUSH_CMD)) {
      found.push({ file: f.path, text: f.text, index: m.index });
      break;
    }
  }
  if (found.length === 0) return [];
  // Set up with plain-text credentials for it, or hidden in an included file: HIGH.
  const setup = files.filter((f) => !DOC_FILE.test(f.path)).map((f) => f.text);
  const covert = setup.some((t) => STORE_HELPER.test(t) || INCLUDE_CONFIG.test(t));
  return found
    .slice(0, MAX_HITS_PER_FILE)
    .map((h) => hitAt(h.file, h.text, h.index, covert ? 'HIGH' : 'MEDIUM'));
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-025: credential files gathered into a bundle that is published as a gist or paste.

const PUBLISH = gated(
  new RegExp(
    String.raw`\bgh\s{1,10}gist\s{1,10}create\b|api\.github\.com/gists\b|\bglab\s{1,10}snippet\s{1,10}create\b|\bgist\s{1,10}(?:-p|--public)\b|https?://(?:` +
      PASTE_HOSTS +
      ')',
    'gi',
  ),
);
/** Credential stores, one pattern each: the bundle names at least two different ones. */
const CRED_STORES: RegExp[] = [
  /\.npmrc\b/,
  /\.pypirc\b/,
  /\.netrc\b/,
  /\.pgpass\b/,
  /\.git-credentials\b/,
  /\.docker\/config\.json/,
  /gh\/hosts\.yml/,
  /\.m2\/settings\.xml/,
  /\.aws\/credentials/,
  /\.kube\/config/,
  /\bid_(?:rsa|ed25519|ecdsa)\b/,
  /\.gradle\/gradle\.properties/,
  /(?<![\w.-])\.env(?:\.local)?\b/,
  /gcloud\/(?:credentials|application_default)/,
  // A CLI told to print its token, and the whole environment (every exported secret) in the bundle.
  /\bgh\s{1,10}auth\s{1,10}(?:status\b[^\n]{0,40}--show-token\b|token\b)/,
  /(?:^|[\s`(;&|])(?:env|printenv)[ \t]{0,5}(?:\|[ \t]{0,5}sort\b|>|`|$)/m,
];
const COLLECT_CONTENTS =
  /\{\{\s{0,5}file:|\bcat\b[^\n]{0,80}\b(?:file|~\/|\.)|\b(?:full|entire|whole)\s{1,5}contents?\b|\bpaste\s{1,5}(?:its|their|the)\s{1,5}(?:full\s{1,5})?contents?\b/i;
const UNMASKED =
  /--show-token\b|\bun(?:masked|redacted|censored|sanitized|sanitised)\b|\bexactly\s{1,5}as\s{1,5}(?:they|it)\s{1,5}(?:are|is|appear)\b|\bverbatim\b|\bmasked\s{1,5}or\s{1,5}truncated\b|\b(?:do\s{1,5}not|don'?t|never|without)\s{1,5}(?:mask|redact|truncat)\w{0,6}\b/i;

const PUBLIC_PUBLISH =
  /\bgist\s{1,10}create\b[^\n]{0,120}?\s(?:--public|-p)\b|\bgist\s{1,10}(?:-p|--public)\b/;
const REDACTED = /\b(?:redact|mask|scrub|censor|sanitis|sanitiz)\w{0,6}\b/i;

function bundleHits({ files }: CustomInput): RawHit[] {
  const publish = files
    .map((f) => ({ f, m: mayMatchFile(PUBLISH, f) ? new RegExp(PUBLISH.source, 'i').exec(f.text) : null }))
    .find((x) => x.m !== null);
  if (!publish?.m) return [];
  const all = files.map((f) => f.text).join('\n');
  const stores = CRED_STORES.filter((re) => re.test(all)).length;
  if (stores < 2 || !COLLECT_CONTENTS.test(all)) return [];
  // Published for anyone to read, with no word of redacting: as bad as unmasked values.
  const open = PUBLIC_PUBLISH.test(all) && !REDACTED.test(all);
  return [
    hitAt(publish.f.path, publish.f.text, publish.m.index, UNMASKED.test(all) || open ? 'HIGH' : 'MEDIUM'),
  ];
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-030: credential folders selected for a backup to a storage remote the skill defines.

/** A storage remote section of a sync tool's config (rclone `[name]` + `type = s3`). */
const REMOTE_TYPE = gated(
  /^[ \t]{0,8}type[ \t]{0,8}=[ \t]{0,8}(?:s3|b2|swift|azureblob|azurefiles|gcs|google cloud storage|webdav|ftp|sftp|dropbox|drive|mega|box|pcloud|koofr|storj|seafile|smb)\b/im,
);
/**
 * The remote's own access keys given as literals (the account is the author's, not the user's), or
 * objects made world-readable: either way what is uploaded is not the user's to control.
 */
const REMOTE_KEY =
  /^[ \t]{0,8}(?:secret_access_key|access_key_id|account_key|key|pass|password|token|session_token)[ \t]{0,8}=[ \t]{0,8}(?!YOUR|<|\$|\{|xxx|REPLACE|CHANGE|example\b)[A-Za-z0-9/+_=.-]{12,}[ \t]*$|^[ \t]{0,8}(?:acl|object_acl|bucket_acl)[ \t]{0,8}=[ \t]{0,8}public-read/gim;
/** A credential folder or file picked for the transfer by a filter rule (`+ .ssh/**`, `--include "/.aws/**"`). */
const CRED_INCLUDE = /^[ \t]{0,8}\+[ \t]{1,8}|--include(?:-from)?[= ][ \t]{0,4}["']?/gm;
const CRED_DIR =
  /^(?:~\/|\$HOME\/|\/)?(?:\*\*\/)?(?:\.ssh|\.gnupg|\.aws|\.kube|\.azure|\.password-store|\.config\/gh|\.config\/gcloud|\.docker\/config\.json|\.local\/share\/keyrings|\.env|\.netrc|\.git-credentials|\.npmrc|\.pypirc)(?![\w.-])/;

function credentialFoldersOf(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(CRED_INCLUDE)) {
    const rest = text.slice(m.index + m[0].length, m.index + m[0].length + 80);
    const dir = CRED_DIR.exec(rest);
    if (dir) found.add(dir[0].replace(/^(?:~\/|\$HOME\/|\/)?(?:\*\*\/)?/, ''));
  }
  return found;
}

function remoteBackupHits({ files }: CustomInput): RawHit[] {
  // The rare part first: a remote that ships its own keys or a public ACL.
  const remote = files
    .filter((f) => f.text.includes('type') && testFile(REMOTE_TYPE, f))
    .map((f) => {
      REMOTE_KEY.lastIndex = 0;
      const m = REMOTE_KEY.exec(f.text);
      return m ? hitAt(f.path, f.text, m.index, 'HIGH') : null;
    })
    .find((hit) => hit !== null);
  if (!remote) return [];
  const folders = new Set<string>();
  for (const f of files) for (const d of credentialFoldersOf(f.text)) folders.add(d);
  return folders.size < 2 ? [] : [remote];
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-026: telemetry (OpenTelemetry, Sentry) whose attributes are built from the whole environment.

const TELEMETRY_EXPORT = gated(
  /OTLP\w{0,30}Exporter|@opentelemetry\/|\bopentelemetry\b|\bSentry\.init\b|\bsentry_sdk\.init\b|\bOTEL_EXPORTER_OTLP/,
);
const WHOLE_ENV =
  /Object\.(?:entries|keys|values|assign)\s{0,5}\((?:\s{0,5}\{\s{0,5}\}\s{0,5},)?\s{0,5}process\.env\b|\.\.\.\s{0,5}process\.env\b|\[\s{0,5}process\.env\s{0,5}[\],]|\bos\.environ\.(?:items|keys|values|copy)\s{0,5}\(|\*\*\s{0,5}os\.environ\b|\bdict\s{0,5}\(\s{0,5}os\.environ\s{0,5}\)|\bfor\s{1,5}\w{1,40}(?:\s{0,5},\s{0,5}\w{1,40})?\s{1,5}in\s{1,5}os\.environ\b|JSON\.stringify\s{0,5}\(\s{0,5}process\.env\b|\bENV\.to_h\b|os\.Environ\s{0,5}\(\)/g;
/** Forwarding only the SDK's own settings (`OTEL_*`) is how resource detectors work. */
const OWN_SETTINGS =
  /startsWith\s{0,5}\(\s{0,5}["'`]OTEL_|startswith\s{0,5}\(\s{0,5}["'`]OTEL_|\bOTEL_RESOURCE/;
const REMOTE_ENDPOINT = gated(
  /https?:\/\/(?!localhost\b|127\.|0\.0\.0\.0|\[::1\]|host\.docker\.internal|otel-collector\b|collector[:/])[\w-]{1,63}(?:\.[\w-]{1,63}){1,6}[^\s"'`)]{0,200}?(?:\/v1\/(?:traces|logs|metrics)|otlp|collector|ingest)|\bdsn\s{0,5}[:=]\s{0,5}["']https:\/\/\w/i,
);

function telemetryHits({ segments, files }: CustomInput): RawHit[] {
  const remote = files.some((f) => testFile(REMOTE_ENDPOINT, f));
  const hits: RawHit[] = [];
  for (const s of segments) {
    if ((s.kind !== 'code' && s.kind !== 'decoded') || !testSegment(TELEMETRY_EXPORT, s)) continue;
    for (const m of s.text.matchAll(WHOLE_ENV)) {
      const starts = lineStarts(s.text);
      const i = lineIndexOf(starts, m.index);
      // The iteration line and the two after it (where a prefix filter would sit).
      const line = s.text.slice(starts[i], starts[i + 3] ?? s.text.length);
      if (OWN_SETTINGS.test(line)) continue;
      hits.push(segHit(s, m.index, remote ? 'HIGH' : 'MEDIUM'));
      break;
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-027: mail sent by the skill carries a hard-coded BCC to an address the docs do not name.

const BCC_LITERAL =
  /\bbcc\b["']?\]?\s{0,5}[:=]\s{0,5}\[?\s{0,5}["'`]?([\w.+-]{1,64}@([\w-]{1,63}(?:\.[\w-]{1,63}){1,5}))/gi;
const MAIL_SEND = gated(
  /\b(?:GmailApp|MailApp)\.sendEmail\b|\bsendMail\s{0,5}\(|\bsend_message\s{0,5}\(|\bsendmail\s{0,5}\(|\bsmtplib\b|\bnodemailer\b|\bsend_mail\s{0,5}\(|\bsgMail\.send\b|\bemails\.send\b|\bmessages\(\)\.send\b|\bmessages\.send\b|\bsendEmail\s{0,5}\(|\bnet\/smtp\b|\bMailMessage\b|\bmail\.Send\b/i,
);
const PLACEHOLDER_DOMAIN =
  /(?:^|\.)(?:example(?:\.(?:com|org|net))?|test|invalid|localhost|local)$|\byour|\bmy-?company\b|^company\.com$|^domain\.com$/i;

/** Markdown without its fenced blocks. */
function proseOf(text: string): string {
  if (!text.includes('```') && !text.includes('~~~')) return text;
  const out: string[] = [];
  let inFence = false;
  for (const l of linesOf(text)) {
    const t = l.trimStart();
    if (t.startsWith('```') || t.startsWith('~~~')) inFence = !inFence;
    else if (!inFence) out.push(l);
  }
  return out.join('\n');
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-033: records with tax, identity or health identifiers sent to a host the skill never names.

/**
 * A field of a personal record, as a quoted key or column name: tax ids (SSN, TIN, EIN, ITIN), national
 * id and passport numbers, date of birth, medical record numbers and diagnoses.
 */
const PERSONAL_ID_FIELD = gated(
  /["'](?:ssn|ssns|tin|tins|ein|itin|tin_type|taxpayer_?id(?:_number)?|tax_?id(?:_number)?|social_?security(?:_number|_no)?|national_?id(?:_number)?|passport(?:_number|_no|_num)?|date_of_birth|dob|birth_?date|mrn|medical_record(?:_number|_no)?|diagnos[ie]s|icd_?10(?:_code)?|patient_id)["']/i,
);
/** The records come from a file: a CSV/JSON/spreadsheet read. */
const RECORDS_READ = gated(
  /\bcsv\.(?:DictReader|reader)\b|\bread_(?:csv|excel|json)\s{0,4}\(|\bjson\.load\s{0,4}\(|\bopenpyxl\b|\bparse\s{0,4}\([^)\n]{0,80}\bcolumns\s{0,4}:|\bcsv-parse\b|\bPapa\.parse\b|\bCSV\.(?:read|foreach|parse)\b/,
);
/** A request call, and a body handed to it: the records go out (two linear tests, not one wide window). */
const REQUEST_CALL = gated(
  /\b(?:requests|httpx|session|client)\.(?:post|put|patch)\s{0,4}\(|\b(?:Request|urlopen|fetch)\s{0,4}\(|\baxios\.(?:post|put)\s{0,4}\(|\bNet::HTTP::Post\b/,
);
const REQUEST_BODY = gated(
  /\bdata\s{0,4}=\s{0,4}(?!None\b)[\w(]|\bjson\s{0,4}=\s{0,4}\w|\bbody\s{0,4}:\s{0,4}\w|\b(?:requests|httpx|session|client|axios)\.(?:post|put|patch)\s{0,4}\(\s{0,4}\w{1,60}\s{0,4},\s{0,4}\w|\.body\s{0,4}=\s{0,4}\w/,
);
const URL_HOST = /https?:\/\/([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,24})(?![\w.-])/gi;
/** Government and public-registry hosts: where tax and identity checks are actually run. */
const GOVERNMENT_HOST =
  /(?:^|\.)(?:gov|mil|gov\.[a-z]{2}|gc\.ca|gouv\.fr|europa\.eu|nhs\.uk|bund\.de|admin\.ch)$/;
const LOCAL_HOST =
  /^(?:localhost|(?:[\w-]+\.)*(?:example|test|invalid|local|localdomain|internal|lan)(?:\.[a-z]{2,6})?)$/;
const MAX_PERSONAL_HITS = 5;

/**
 * A script that reads records carrying tax ids, identity numbers or health data and posts a body to a
 * host named in the code that is neither a government service nor a host the skill's documentation names
 * (by its domain or its name). A filing or matching service the user chose is named in the instructions;
 * a "validation gateway" the documentation never mentions receives every vendor's, client's or patient's
 * identifiers.
 */
function personalRecordsToUnnamedHost({ segments, files, ctx }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  let docs: string | null = null;
  for (const s of segments) {
    if (s.kind !== 'code' || (s.lang !== 'python' && s.lang !== 'js' && s.lang !== 'ruby')) continue;
    if (/\.(?:md|markdown|mdx)$/i.test(s.file)) continue;
    if (
      !testSegment(PERSONAL_ID_FIELD, s) ||
      !testSegment(REQUEST_CALL, s) ||
      !testSegment(REQUEST_BODY, s) ||
      !testSegment(RECORDS_READ, s)
    )
      continue;
    docs ??= [ctx.identity, ...files.filter((f) => /\.(?:md|markdown|mdx)$/i.test(f.path)).map((f) => f.text)]
      .join('\n')
      .toLowerCase();
    URL_HOST.lastIndex = 0;
    for (const m of s.text.matchAll(URL_HOST)) {
      const host = m[1].toLowerCase();
      if (GOVERNMENT_HOST.test(host) || LOCAL_HOST.test(host)) continue;
      const domain = registrable(host);
      const name = domain.split('.')[0];
      const named = (text: string) =>
        text.includes(domain) || (name.length >= 3 && new RegExp(`(?<![\\w.-])${name}(?![\\w-])`).test(text));
      if (named(docs)) continue;
      hits.push(segHit(s, m.index, 'HIGH'));
      break;
    }
    if (hits.length >= MAX_PERSONAL_HITS) break;
  }
  return hits;
}

function bccHits({ segments, files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  let docs: string | null = null;
  for (const s of segments) {
    if ((s.kind !== 'code' && s.kind !== 'decoded') || !/bcc/i.test(s.text) || !testSegment(MAIL_SEND, s))
      continue;
    for (const m of s.text.matchAll(BCC_LITERAL)) {
      const domain = m[2].toLowerCase();
      if (PLACEHOLDER_DOMAIN.test(domain)) continue;
      // Prose of the documentation only: an address in a code sample discloses nothing.
      docs ??= files
        .filter((f) => /\.(?:md|markdown|mdx)$/i.test(f.path))
        .map((f) => proseOf(f.text).toLowerCase())
        .join('\n');
      // A copy the documentation names is the user's choice; one it never mentions is a hidden reader.
      const disclosed = docs.includes(domain) || /\bbcc\b/.test(docs);
      hits.push(segHit(s, m.index, disclosed ? 'MEDIUM' : 'HIGH'));
      if (hits.length >= MAX_HITS_PER_FILE) return hits;
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-051: an Office macro sends the document itself (a saved copy, an exported PDF) to a web host.

/** VBA modules, classes and forms, and VBScript. */
const MACRO_SOURCE_FILE = /\.(?:bas|cls|frm|vba|vbs)$/i;
/** The open document written to a file: a saved copy, a Save As, an export (PDF/XPS). */
const DOCUMENT_COPY = gated(
  /\b(?:ThisWorkbook|ActiveWorkbook|ThisDocument|ActiveDocument|ActivePresentation)\.(?:SaveCopyAs|SaveAs2?)\b|\.ExportAsFixedFormat\b/i,
);
/** A file's bytes read for sending: an ADODB stream loaded from a file, a binary Open. */
const FILE_BYTES = gated(/\.LoadFromFile\b|\bOpen\s[^\n]{1,200}\bFor\s+Binary\b/i);
/** An HTTP request with a body: `.Open "PUT"` / `.Open "POST"` on an XMLHTTP or WinHTTP object. */
const HTTP_UPLOAD = gated(/\.Open\s{0,4}\(?\s{0,4}"(?:PUT|POST)"\s{0,4},/gi);
const HTTP_CLIENT = gated(/\b(?:Server)?XMLHTTP\w{0,4}\b|\bWinHttp\.?WinHttpRequest\b/i);
/** Documentation that says the document is uploaded, archived or synced somewhere. */
/** A transactional mail API's send endpoint. */
const MAIL_API =
  /\bapi\.sendgrid\.com\/v3\/mail\/send\b|\bapi\.(?:eu\.)?mailgun\.net\/v3\/[^\s"]{1,100}\/messages\b|\bapi\.postmarkapp\.com\/email\b|\bapi\.resend\.com\/emails\b|\bapi\.brevo\.com\/v3\/smtp\/email\b/i;
const MAIL_DISCLOSED = /\b(?:e-?mail\w{0,3}|mail(?:s|ed|ing)?)\b/i;
const MAX_UPLOAD_CALLS = 50;
const UPLOAD_DISCLOSED =
  /\b(?:upload\w{0,3}|archiv\w{1,4}|bucket|S3|SharePoint|OneDrive|back(?:s|ed|ing)?[ -]?up|sync\w{0,4}|cop(?:y|ies)\s{1,4}(?:of\s{1,4})?(?:the\s{1,4})?(?:workbook|document|file)s?\s{1,4}to)\b/i;

/**
 * An Office macro that writes the open workbook or document to a file (SaveCopyAs, SaveAs, an exported
 * PDF), reads that file's bytes (ADODB stream, binary Open) and PUTs or POSTs them over HTTP: the priced
 * workbook, the tender or the contract leaves the machine each time the macro runs. HIGH when the
 * documentation never says the document is uploaded, archived or synced; otherwise the user chose it.
 */
function macroDocumentUploads({ segments, files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  let docs: string | null = null;
  for (const s of segments) {
    if (s.kind !== 'code' || s.block !== s.file || !MACRO_SOURCE_FILE.test(s.file)) continue;
    if (
      !testSegment(DOCUMENT_COPY, s) ||
      !testSegment(FILE_BYTES, s) ||
      !testSegment(HTTP_CLIENT, s) ||
      !mayMatch(HTTP_UPLOAD, s)
    )
      continue;
    docs ??= files
      .filter((f) => /\.(?:md|markdown|mdx|txt)$/i.test(f.path))
      .map((f) => proseOf(f.text))
      .join('\n');
    let hit: RawHit | null = null;
    HTTP_UPLOAD.lastIndex = 0;
    for (
      let m = HTTP_UPLOAD.exec(s.text), n = 0;
      m && n < MAX_UPLOAD_CALLS;
      m = HTTP_UPLOAD.exec(s.text), n++
    ) {
      const line = s.text.slice(m.index, s.text.indexOf('\n', m.index) >>> 0);
      // A mail API call is disclosed by documentation that says the macro mails; anything else by one that says it uploads.
      const disclosed = (MAIL_API.test(line) ? MAIL_DISCLOSED : UPLOAD_DISCLOSED).test(docs);
      if (!disclosed) {
        hit = segHit(s, m.index, 'HIGH');
        break;
      }
      hit ??= segHit(s, m.index, 'MEDIUM');
    }
    if (hit) hits.push(hit);
    if (hits.length >= MAX_HITS_PER_FILE) break;
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-055: an Office macro posts the sheet's rows (people's identity or bank fields) to a host the docs never name.

/** A cell read by row and column (`src.Cells(r, c).Value`), a used range, or a range's values: the sheet's rows. */
const SHEET_ROWS = gated(
  /\bCells\s{0,4}\(\s{0,4}\w{1,30}\s{0,4},\s{0,4}\w{1,30}\s{0,4}\)\s{0,4}\.\s{0,4}(?:Value2?|Text|Formula)\b|\.UsedRange\b|\.CurrentRegion\b/i,
);
/** Identity or banking fields of a person: tax and national ids, dates of birth, bank accounts. */
const IDENTITY_OR_BANK_FIELD =
  /\bsocial[ _-]?security\b|\bdate[ _-]?of[ _-]?birth\b|\bpassport\b|\bdriver'?s?[ _-]?licen[cs]e\b|\bbank[ _-]?(?:acc(?:oun)?t|acct)\w{0,3}\b|\brouting[ _-]?(?:number|no|#)|\bsort[ _-]?code\b/i;
/** The same fields by their acronyms, in capitals or as snake-case keys (`ssn`, `ssn_last4`): not `tin` roofs or `sin(x)`. */
const IDENTITY_OR_BANK_ACRONYM =
  /\b(?:SSN|SIN|ITIN|TIN|DOB|ACH|IBAN)s?\b|["'](?:ssn|itin|dob|iban)(?:_\w{1,20})?["']/;
const MACRO_URL = /"https?:\/\/([a-z0-9][a-z0-9.-]{0,252}\.[a-z]{2,24})(?![\w.-])/gi;
const MAX_MACRO_URLS = 50;

/**
 * An Office macro that reads the sheet's rows cell by cell and POSTs or PUTs a request over XMLHTTP or
 * WinHTTP to a web address whose organisation the skill's documentation never names, in a skill whose
 * workbook carries people's tax ids, dates of birth or bank accounts: every tenant's, employee's or
 * customer's identity and bank details leave the machine each time the macro runs, to a party the user
 * was not told about. A service the documentation names (the user's own CRM, a payment processor) is
 * one the user chose.
 */
function macroRowsToUnnamedHost({ segments, files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  let docs: string | null = null;
  for (const s of segments) {
    if (s.kind !== 'code' || s.block !== s.file || !MACRO_SOURCE_FILE.test(s.file)) continue;
    if (!testSegment(HTTP_CLIENT, s) || !mayMatch(HTTP_UPLOAD, s) || !testSegment(SHEET_ROWS, s)) continue;
    HTTP_UPLOAD.lastIndex = 0;
    const upload = HTTP_UPLOAD.exec(s.text);
    if (!upload) continue;
    docs ??= files
      .filter((f) => /\.(?:md|markdown|mdx|txt)$/i.test(f.path))
      .map((f) => proseOf(f.text))
      .join('\n');
    const personal = (t: string) => IDENTITY_OR_BANK_FIELD.test(t) || IDENTITY_OR_BANK_ACRONYM.test(t);
    if (!personal(s.text) && !personal(docs)) continue;
    const lowerDocs = docs.toLowerCase();
    let n = 0;
    for (const m of s.text.matchAll(MACRO_URL)) {
      if (++n > MAX_MACRO_URLS) break;
      const host = m[1].toLowerCase();
      if (isLocalHost(host)) continue;
      const domain = registrable(host);
      const name = domain.split('.')[0];
      if (lowerDocs.includes(domain) || (name.length >= 3 && lowerDocs.includes(name))) continue;
      hits.push(segHit(s, upload.index, 'HIGH'));
      break;
    }
    if (hits.length >= MAX_HITS_PER_FILE) break;
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-028: instructions encode codes, reset links or passwords into an image URL (a beacon).

const IMAGE_PARAM =
  /!\[[^\]\n]{0,200}\]\(\s{0,5}https?:\/\/[^)\s]{1,300}?[?&][\w-]{1,40}=(?:[A-Z][A-Z0-9_]{1,40}\b|\{\{?\s{0,5}[\w.]{1,60}|\$\{?[\w.]{1,60}|<[\w-]{1,60}>)/g;
const ENCODE_STEP =
  /\b(?:base(?:64|32|58)(?:url)?|hex|rot13)[- ]?(?:encod\w{0,4}|it|the|them)\b|\bencode\s{1,5}(?:the|it|them|each|every)\b/i;
const SENSITIVE =
  /\bverification\s{1,5}codes?\b|\bone[- ]time\s{1,5}(?:codes?|passwords?|passcodes?|links?)\b|\b(?:2FA|OTP|MFA|TOTP)\b|\b(?:reset|confirmation|magic|login|sign-?in)\s{1,5}links?\b|\bpassword\s{1,5}resets?\b|\brecovery\s{1,5}codes?\b|\bpasswords?\b|\bapi[ _-]?keys?\b|\bsession\s{1,5}(?:cookies?|tokens?)\b|\bseed\s{1,5}phrases?\b|\bprivate\s{1,5}keys?\b/i;

function beaconHits({ files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!/\.(?:md|markdown|mdx|txt)$/i.test(f.path) || !f.text.includes('](http')) continue;
    for (const m of f.text.matchAll(IMAGE_PARAM)) {
      const before = f.text.slice(Math.max(0, m.index - 2500), m.index);
      if (ENCODE_STEP.test(before) && SENSITIVE.test(before)) {
        hits.push(hitAt(f.path, f.text, m.index, 'HIGH'));
        break;
      }
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-037: a template's hidden image (a 1x1 or display:none "read receipt") whose URL carries
// people's personal data gathered from the records the template renders.

/** An image tag of a template (HTML, Jinja, Twig, Liquid, Handlebars, ERB, EJS, MJML, mail sources). */
const TEMPLATE_FILE =
  /\.(?:html?|xhtml|j2|jinja2?|njk|twig|liquid|hbs|handlebars|mustache|tmpl|tpl|erb|ejs|mjml|eml|vm|ftl|svelte|vue|jsx|tsx)$/i;
/** Up to the tag's end; ERB/EJS tags (`<%= x %>`) may sit in its attributes, any other `<` ends the try. */
const IMG_TAG = /<img\b(?:[^<>]|<%[^%\n]{0,300}%>){0,1000}>/gi;
const IMG_SRC = /\bsrc[ \t]{0,4}=[ \t]{0,4}(?:"([^"\n]{1,1000})"|'([^'\n]{1,1000})')/i;
/** Hidden from the reader: 0–1 pixel sides, display:none, visibility:hidden, opacity 0, the hidden attribute. */
const TINY_WIDTH = /\bwidth[ \t]{0,4}(?:=[ \t]{0,4}["']?|:[ \t]{0,4})[01](?:px)?\b(?!\.\d)/i;
const TINY_HEIGHT = /\bheight[ \t]{0,4}(?:=[ \t]{0,4}["']?|:[ \t]{0,4})[01](?:px)?\b(?!\.\d)/i;
const HIDDEN_STYLE =
  /\bdisplay[ \t]{0,4}:[ \t]{0,4}none\b|\bvisibility[ \t]{0,4}:[ \t]{0,4}hidden\b|\bopacity[ \t]{0,4}:[ \t]{0,4}0(?:\.0{1,3})?\b(?!\.\d)|\shidden(?:[\s=/>]|$)/i;
/** A template expression: `{{ x }}`, `{{{ x }}}`, `<%= x %>`, `${x}`, `{x}`. */
const TEMPLATE_EXPR =
  /\{\{\{?-?[ \t]{0,4}([^{}\n]{1,300}?)[ \t]{0,4}-?\}?\}\}|<%=?-?[ \t]{0,4}([^%\n]{1,300}?)-?%>|\$?\{[ \t]{0,4}([\w.$[\]'"|() ]{1,300}?)[ \t]{0,4}\}/g;
/** Fields of a person's record. */
const PERSONAL_FIELD =
  /(?<![a-z])(?:e_?mail|phone|mobile|tel(?:ephone)?|address|street|post_?code|zip(?:_?code)?|birth_?(?:day|date)?|dob|date_of_birth|ssn|passport|iban|salary|national_id)(?![a-z])/gi;
/** A whole collection put into one value: joined or serialised. */
const COLLECTION_FILTER =
  /\|[ \t]{0,4}(?:join|tojson|to_json|json|dump|jsonify)\b|\.join[ \t]{0,4}\(|\bJSON\.stringify[ \t]{0,4}\(|\.to_json\b/i;
/** Collections of people a template renders. */
const PEOPLE =
  /(?<![a-z])(?:members|users|customers|contacts|recipients|subscribers|people|roster|clients|patients|students|employees|guests|attendees|families|parents)(?![a-z])/i;
const MAX_TAGS_PER_FILE = 200;
const MAX_ACCUMULATED_NAMES = 16;

/** The name an expression reads: `rr.q|urlencode` → `rr.q`, `members | join(',')` → `members`. */
function exprName(expr: string): string | null {
  return /^[ \t(]{0,4}([A-Za-z_$][\w$]{0,40}(?:\.[A-Za-z_$][\w$]{0,40}){0,3})/.exec(expr)?.[1] ?? null;
}

/**
 * The statement that grows `name` from itself in the template: Jinja/Twig/Nunjucks
 * `{% set name = name ~ … %}`, Liquid `{% assign name = name | append: … %}`, ERB/EJS `name += …` /
 * `name << …`, or a Liquid `{% capture name %}` block. Null when the template never accumulates it.
 */
function accumulation(text: string, name: string): string | null {
  const n = name.replace(/[.$]/g, '\\$&');
  const re = new RegExp(
    `(?<![\\w.$])${n}[ \\t]{0,4}=[ \\t]{0,4}${n}[ \\t]{0,4}(?:~|\\+|\\|[ \\t]{0,4}append\\b)[^\\n]{0,600}|(?<![\\w.$])${n}[ \\t]{0,4}(?:\\+=|<<)[^\\n]{0,600}|\\{%-?[ \\t]{0,4}capture[ \\t]{1,4}${n}[ \\t]{0,4}-?%\\}[\\s\\S]{0,600}?\\{%-?[ \\t]{0,4}endcapture`,
  );
  return re.exec(text)?.[0] ?? null;
}

function personalFields(text: string): Set<string> {
  const found = new Set<string>();
  for (const m of text.matchAll(PERSONAL_FIELD)) found.add(m[0].toLowerCase().replace(/_/g, ''));
  return found;
}

/**
 * A hidden image whose URL query carries template data about people: a value the template accumulates
 * over its records with personal fields in it, a whole collection joined or serialised into the URL, or
 * two or more personal fields at once. A per-recipient pixel (`?id={{ recipient.id }}`) carries none.
 */
function templateBeacons({ files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!TEMPLATE_FILE.test(f.path) || !/<img\b/i.test(f.text)) continue;
    // Each name's accumulation is looked up once, and only for a few names: each lookup reads the file.
    const grownBy = new Map<string, string | null>();
    const grown = (name: string) => {
      if (!grownBy.has(name)) {
        if (grownBy.size >= MAX_ACCUMULATED_NAMES) return null;
        grownBy.set(name, accumulation(f.text, name));
      }
      return grownBy.get(name) ?? null;
    };
    let tags = 0;
    for (const m of f.text.matchAll(IMG_TAG)) {
      if (++tags > MAX_TAGS_PER_FILE) break;
      const tag = m[0];
      if (!(TINY_WIDTH.test(tag) && TINY_HEIGHT.test(tag)) && !HIDDEN_STYLE.test(tag)) continue;
      const quoted = IMG_SRC.exec(tag);
      const src = quoted ? (quoted[1] ?? quoted[2]) : undefined;
      const q = src?.indexOf('?') ?? -1;
      if (!src || q < 0) continue;
      let carries = false;
      const direct = new Set<string>();
      for (const e of src.slice(q).matchAll(TEMPLATE_EXPR)) {
        const expr = e[1] ?? e[2] ?? e[3] ?? '';
        for (const field of personalFields(expr)) direct.add(field);
        if (COLLECTION_FILTER.test(expr) && (PEOPLE.test(expr) || personalFields(expr).size > 0)) {
          carries = true;
          break;
        }
        const name = exprName(expr);
        const statement = name ? grown(name) : null;
        if (statement && personalFields(statement).size > 0) {
          carries = true;
          break;
        }
      }
      if (carries || direct.size >= 2) {
        hits.push(hitAt(f.path, f.text, m.index, 'HIGH'));
        break;
      }
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-034: a spreadsheet formula that builds a web address from the sheet's cells and calls it.

/**
 * Spreadsheet functions that fetch a URL when the sheet recalculates (Excel `WEBSERVICE`, Google
 * Sheets `IMPORTDATA`/`IMPORTXML`/`IMPORTHTML`/`IMPORTFEED`, `IMAGE`), as a call or as a quoted name a
 * program writes into a workbook (`"_xlfn.WEBSERVICE"`). Upper case, as spreadsheets spell them.
 */
const WEB_FORMULA = gated(
  /\b(?:_xlfn\.)?(?:WEBSERVICE|IMPORTDATA|IMPORTXML|IMPORTHTML|IMPORTFEED|IMAGE)[ \t]{0,4}\(|["'](?:_xlfn\.)?(?:WEBSERVICE|IMPORTDATA|IMPORTXML|IMPORTHTML|IMPORTFEED)["']/,
);
/** A query string glued to cell values in a formula: `&"?base="&B2`, `B2&"&d="`, `&ENCODEURL(`. */
const URL_FROM_CELLS =
  /["'][^"'\n]{0,200}?[?&][\w.-]{1,30}=["'][ \t]{0,4}&|&[ \t]{0,4}(?:\{[^}\n]{1,40}\}|(?:_xlfn\.)?ENCODEURL)[ \t]{0,4}\(|&[ \t]{0,4}(?:ENCODEURL|["']ENCODEURL)/;
/** Many cells at once: a range joined into text (`TEXTJOIN(",",TRUE,Donors!A2:H99)`) or glued whole. */
const JOINS_RANGE =
  /\b(?:TEXTJOIN|ARRAYTOTEXT|CONCAT|CONCATENATE|JOIN)\b|["'](?:_xlfn\.)?(?:TEXTJOIN|ARRAYTOTEXT|CONCAT)["']/;
const RANGE =
  /(?:!|\b)\$?[A-Z]{1,3}\$?\d{1,7}[ \t]{0,2}:[ \t]{0,2}\$?[A-Z]{1,3}\$?(?:\d|\{)|&[ \t]{0,4}\$?[A-Z]{1,3}\$?\d{1,7}:\$?[A-Z]{1,3}/;
/** A sheet, row or column hidden from whoever opens the workbook. */
const HIDDEN_SHEET = gated(
  /\bveryHidden\b|\bxlSheet(?:Very)?Hidden\b|\bsheet_state[ \t]{0,4}=[ \t]{0,4}["'](?:very)?[hH]idden|\bstate=["'](?:very)?[hH]idden["']|\b(?:column|row)_dimensions\[[^\]\n]{1,20}\]\.hidden[ \t]{0,4}=[ \t]{0,4}True|\.(?:hideSheet|hideColumns?|hideRows?)[ \t]{0,4}\(|\.Visible[ \t]{0,4}=[ \t]{0,4}(?:xlSheet(?:Very)?Hidden|False|0|2)\b|\bhid(?:e|den)\b[^\n]{0,40}\b(?:sheet|tab|column)s?\b/,
);

/** Formula text with split names put back: `"WEB" + "SERVICE"` reads `"WEBSERVICE"`. */
function joinedLiterals(text: string): string {
  return text.replace(/(["'])[ \t]{0,4}\+[ \t]{0,4}\1/g, '');
}

/**
 * A workbook formula that calls a web function with an address built from its cells: the sheet's
 * data leaves each time the workbook recalculates. HIGH when many cells are joined into it or the
 * sheet holding it is hidden, CRITICAL with both; a lookup keyed on one cell (an FX rate for the
 * currency in B2) is left alone.
 */
function spreadsheetBeacons({ segments }: CustomInput): RawHit[] {
  const hidden = segments.some((s) => s.kind !== 'comment' && testSegment(HIDDEN_SHEET, s));
  const hits: RawHit[] = [];
  const done = new Set<string>();
  for (const seg of segments) {
    if (seg.kind === 'comment' || seg.depth > 0 || done.has(seg.file)) continue;
    // Names split to pass a reader (`"WEB" + "SERVICE"`) are only whole in the joined text.
    const split = /["'][ \t]{0,4}\+[ \t]{0,4}["']/.test(seg.text);
    if (!split && !testSegment(WEB_FORMULA, seg)) continue;
    const text = split ? joinedLiterals(seg.text) : seg.text;
    if (split && !WEB_FORMULA.test(text)) continue;
    const built = URL_FROM_CELLS.exec(text);
    if (!built) continue;
    const many = JOINS_RANGE.test(text) && RANGE.test(text);
    if (!many && !hidden) continue;
    done.add(seg.file);
    hits.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(lineStarts(text), built.index)),
      evidence: evidenceAround(text, built.index, built.index + built[0].length),
      severity: many && hidden ? 'CRITICAL' : 'HIGH',
      depth: seg.depth,
    });
  }
  return hits;
}

/**
 * A document handed to a print server other than the machine's own: `lp -h host` (lp's server
 * option; `lp -H` is hold), `lpr -H host` (lpr's `-h` only drops the banner), a `queue@host`
 * destination, a `CUPS_SERVER=` override, `ipptool` aimed at an `ipp(s)://` address, pycups connected
 * to another host. Group 1, 2, 3 or 4 holds the server as written.
 */
const REMOTE_PRINT = gated(
  /(?<![\w./-])lp(?:[ \t][^\n;&|]{0,300}?)?[ \t]-h[ \t]{0,4}["']?([^\s"';&|)]{1,200})|(?<![\w./-])lpr(?:[ \t][^\n;&|]{0,300}?)?[ \t]-H[ \t]{0,4}["']?([^\s"';&|)]{1,200})|(?<![\w./-])lpr?(?:[ \t][^\n;&|]{0,300}?)?[ \t]-[dP][ \t]{0,4}["']?[\w.$-]{1,80}@([^\s"';&|)]{1,200})|\bCUPS_SERVER=["']?([^\s"';&|)]{1,200})|\bipptool\b[^\n;&|]{0,300}?\bipps?:\/\/([^\s"';&|)/]{1,200})|\bcups\.(?:setServer\s{0,4}\(|Connection\s{0,4}\(\s{0,4}host\s{0,4}=)\s{0,4}["']?([^\s"',)]{1,200})/g,
);
/** The print server is this machine or its own network (a socket path, loopback, a private address). */
const LOCAL_PRINT_SERVER =
  /^(?:\/|localhost\b|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[?::1\]?|(?:[\w-]{1,63}\.){0,6}(?:local|localdomain|internal|lan|home\.arpa)(?::\d{1,5})?$)/i;
/** Output thrown away or the command sent to the background: the user sees no second job. */
const PRINT_HIDDEN = /[&>]>?\s{0,4}\/dev\/null|&\s{0,4}\)?\s{0,4}$|\b(?:nohup|setsid|disown)\b/m;
/** A subshell or group closed with its output discarded or in the background. */
const GROUP_HIDDEN = /^[ \t]{0,40}[)}][^\n]{0,120}?(?:\/dev\/null|&[ \t]{0,4}$)/m;
/** The skill runs inside the print system: a CUPS filter or backend, every job goes through it. */
const CUPS_HOOK = gated(
  /cupsPreFilter|\*cupsFilter2?:|\/(?:usr\/lib|usr\/libexec)\/cups\/(?:filter|backend)\b/,
);
/** What makes a document worth copying: payroll, identity papers, passwords, contracts. */
const SENSITIVE_DOC =
  /\b(?:payroll|salar(?:y|ies)|payslips?|bank statements?|iban|passports?|driving licen[cs]e|national insurance|social security|ssn|medical|passwords?|passphrases?|recovery codes?|seed phrases?|confidential|privileged|contracts? of employment|tax returns?|w-2|p60)\b/gi;
const SENSITIVE_DOC_TERMS = 3;
/** Lines a continued command may span (`\` at a line end). */
const MAX_CONTINUED = 8;

/** The statement from the line holding `index`, with `\`-continued lines after it. */
function continuedStatement(text: string, index: number): string {
  const start = text.lastIndexOf('\n', index) + 1;
  let end = start;
  for (let n = 0; n < MAX_CONTINUED; n++) {
    const nl = text.indexOf('\n', end);
    if (nl === -1) return text.slice(start);
    end = nl + 1;
    if (!/\\[ \t]*\r?$/.test(text.slice(Math.max(start, nl - 4), nl))) break;
  }
  return text.slice(start, end);
}

/**
 * Print jobs sent to a remote print server as a channel out of the network. On its own MEDIUM (a print
 * admin may print to a branch office's server); HIGH when the copy is hidden (output discarded or sent
 * to the background), when the skill picks documents by sensitive words (payroll, passport, password,
 * ...), or when it runs inside CUPS as a filter or backend (every user's job passes through it); CRITICAL
 * with two of them. A server on the machine itself or its own network is not matched.
 */
function remotePrintHits({ segments, files }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  let skillWide: { sensitive: boolean; hook: boolean } | null = null;
  for (const s of segments) {
    if (s.kind !== 'code' && s.kind !== 'decoded') continue;
    if (!testSegment(REMOTE_PRINT, s)) continue;
    REMOTE_PRINT.lastIndex = 0;
    let inSegment = 0;
    for (const m of s.text.matchAll(REMOTE_PRINT)) {
      const server = m.slice(1).find((g) => g !== undefined) ?? '';
      if (LOCAL_PRINT_SERVER.test(server)) continue;
      skillWide ??= {
        sensitive:
          new Set(files.flatMap((f) => f.text.match(SENSITIVE_DOC) ?? []).map((w) => w.toLowerCase())).size >=
          SENSITIVE_DOC_TERMS,
        hook: files.some((f) => testFile(CUPS_HOOK, f)),
      };
      const statement = continuedStatement(s.text, m.index);
      const after = s.text.slice(m.index, m.index + 4000);
      const hidden = PRINT_HIDDEN.test(statement) || GROUP_HIDDEN.test(after);
      const signals = [hidden, skillWide.sensitive, skillWide.hook].filter(Boolean).length;
      const severity: Severity = signals >= 2 ? 'CRITICAL' : signals === 1 ? 'HIGH' : 'MEDIUM';
      hits.push(segHit(s, m.index, severity));
      if (++inSegment >= MAX_HITS_PER_FILE) break;
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-038: a workflow definition (n8n, Make, Power Automate / Logic Apps) whose HTTP step sends
// credentials or whole record sets to a host that is neither an integrated vendor nor documented.

/** Workflow exports with an HTTP step: n8n `…httpRequest` nodes, Make `http:` modules, Logic Apps `Http` actions. */
const WORKFLOW_HTTP = gated(/httpRequest|"module"\s{0,4}:\s{0,4}"http:|"type"\s{0,4}:\s{0,4}"Http"/i);
/** Largest workflow parsed, and most objects walked in one. */
const MAX_WORKFLOW_CHARS = 2 * 1024 * 1024;
const MAX_WORKFLOW_OBJECTS = 20000;
const MAX_WORKFLOW_STEPS = 500;
const MAX_WORKFLOW_VENDORS = 200;
/** A credential in an HTTP step's headers, body or query: an environment secret, a credential store, a Key Vault read. */
const WORKFLOW_SECRET = new RegExp(
  String.raw`\$env(?:\.|\[\s{0,4}["'])${SECRET_NAME}\b|\bprocess\.env\.${SECRET_NAME}\b|\$(?:credentials|secrets)\b|\$vars\.${SECRET_NAME}\b|@parameters\(\s{0,4}'[^'\n]{0,60}(?:key|token|secret|password)[^'\n]{0,60}'\)|@body\(\s{0,4}'[^'\n]{0,60}(?:secret|key_?vault)[^'\n]{0,60}'\)`,
  'i',
);
/**
 * Whole record sets: every item of the run (`$input.all()`, `$items()`, `$('Node').all()`), a whole
 * record serialised (`JSON.stringify($json)`), a list action's whole output (`@body('List_rows')`).
 */
const WORKFLOW_BULK =
  /\$input\.all\s{0,4}\(|\$items\s{0,4}\(|\$\(\s{0,4}["'][^"'\n]{1,80}["']\s{0,4}\)\.all\s{0,4}\(|\bJSON\.stringify\(\s{0,4}\$json\s{0,4}\)|^=?\{\{\s{0,4}\$json\s{0,4}\}\}$|@(?:body|outputs)\(\s{0,4}'(?:List|Get)_[^'\n]{0,80}'\)(?:\?\[\s{0,4}'value'\s{0,4}\])?\s{0,4}[}"]?$/im;
/** Hosts on the user's own network. */
const PRIVATE_HOST_LABEL = /^(?:localhost|internal|intranet|corp|local|lan|home|private)$/;
const PRIVATE_IP_HOST = /^(?:10|127)\.|^192\.168\.|^172\.(?:1[6-9]|2\d|3[01])\./;
/** Vendors whose API host does not carry the product's name. */
const VENDOR_API_HOSTS: Record<string, string[]> = {
  hubspot: ['hubapi'],
  google: ['googleapis'],
  gmail: ['googleapis'],
  microsoft: ['office', 'office365', 'outlook', 'sharepoint'],
  salesforce: ['force'],
};
const WORKFLOW_GENERIC_NODES =
  /^(?:httprequest|toolhttprequest|code|function|functionitem|set|if|switch|merge|noop|splitinbatches|splitout|aggregate|manualtrigger|scheduletrigger|cron|webhook|respondtowebhook|wait|executecommand|executeworkflow|itemlists|filter|sort|limit|datetime|crypto|html|xml|markdown|start|stickynote|compose|foreach|scope|condition|http|util|builtin|json|tools|basic)$/;

interface HttpStep {
  url: string;
  payload: string;
}

/** The product a node type, module or connector names: `n8n-nodes-base.hubspot`, `hubspotcrm:ActionX`, `shared_salesforce`. */
function vendorWord(name: string): string | null {
  const m = /(?:[.:/]|^|shared_)([A-Za-z][A-Za-z0-9]{2,40})(?:Api|OAuth2Api|Trigger|Tool)?$/.exec(
    name.replace(/:.*$/, ''),
  );
  const w = (m?.[1] ?? '').toLowerCase().replace(/(?:oauth2api|api|trigger|tool)$/, '');
  return w.length >= 3 && !WORKFLOW_GENERIC_NODES.test(w) ? w : null;
}

/** Most characters of a step's settings read: headers, query and body fit well within. */
const MAX_STEP_CHARS = 256 * 1024;

/** The strings (keys' values and header names' values) of a step's settings, one per entry. */
function stringValues(root: unknown): string[] {
  const out: string[] = [];
  const stack: unknown[] = [root];
  let size = 0;
  let seen = 0;
  while (stack.length > 0 && size < MAX_STEP_CHARS && seen++ < MAX_WORKFLOW_OBJECTS) {
    const v = stack.pop();
    if (typeof v === 'string') {
      out.push(v);
      size += v.length;
    } else if (v && typeof v === 'object') for (const x of Object.values(v)) stack.push(x);
  }
  return out;
}

/** HTTP steps and the products the other steps integrate, from a parsed workflow. */
function workflowSteps(doc: unknown): { steps: HttpStep[]; vendors: Set<string> } {
  const steps: HttpStep[] = [];
  const vendors = new Set<string>();
  const stack: unknown[] = [doc];
  let seen = 0;
  while (stack.length > 0 && seen++ < MAX_WORKFLOW_OBJECTS) {
    const o = stack.pop();
    if (!o || typeof o !== 'object') continue;
    if (Array.isArray(o)) {
      for (const x of o) if (x && typeof x === 'object') stack.push(x);
      continue;
    }
    const r = o as Record<string, unknown>;
    const type = typeof r.type === 'string' ? r.type : '';
    const module = typeof r.module === 'string' ? r.module : '';
    let params: Record<string, unknown> | null = null;
    let url: unknown;
    if (/httpRequest$/i.test(type) && r.parameters && typeof r.parameters === 'object') {
      params = r.parameters as Record<string, unknown>;
      url = params.url;
    } else if (/^http:/i.test(module) && r.mapper && typeof r.mapper === 'object') {
      params = r.mapper as Record<string, unknown>;
      url = params.url;
    } else if (/^http$/i.test(type) && r.inputs && typeof r.inputs === 'object') {
      params = r.inputs as Record<string, unknown>;
      url = params.uri;
    } else {
      for (const name of [type, module]) {
        const w = name ? vendorWord(name) : null;
        if (w && vendors.size < MAX_WORKFLOW_VENDORS) vendors.add(w);
      }
    }
    if (params && typeof url === 'string') {
      const values = stringValues({ ...params, url: undefined, uri: undefined });
      steps.push({ url, payload: [url.replace(/^[^?]{0,2000}/, ''), ...values].join('\n') });
    }
    if (r.credentials && typeof r.credentials === 'object')
      for (const k of Object.keys(r.credentials)) {
        const w = vendorWord(k);
        if (w && vendors.size < MAX_WORKFLOW_VENDORS) vendors.add(w);
      }
    // Power Automate names its connector in `host.apiId` (`…/apis/shared_salesforce`), Logic Apps in `api.id`.
    const apiId = typeof r.apiId === 'string' ? r.apiId : (r.api as Record<string, unknown> | undefined)?.id;
    if (typeof apiId === 'string') {
      const w = vendorWord(apiId);
      if (w && vendors.size < MAX_WORKFLOW_VENDORS) vendors.add(w);
    }
    for (const v of Object.values(r)) if (v && typeof v === 'object') stack.push(v);
  }
  return { steps, vendors };
}

function integratedHost(host: string, vendors: Set<string>): boolean {
  const labels = host.split('.');
  if (PRIVATE_IP_HOST.test(host) || labels.some((l) => PRIVATE_HOST_LABEL.test(l))) return true;
  for (const v of vendors) {
    const names = [v.slice(0, Math.max(5, Math.min(v.length, 8))), ...(VENDOR_API_HOSTS[v] ?? [])];
    for (const [k, alias] of Object.entries(VENDOR_API_HOSTS)) if (v.startsWith(k)) names.push(...alias);
    if (labels.some((l) => names.some((n) => l.startsWith(n)))) return true;
  }
  return false;
}

/**
 * A workflow definition's HTTP step (n8n HTTP Request node, Make `http:` module, Power Automate / Logic
 * Apps `Http` action) whose headers, body or query carry a credential from the environment or whole
 * record sets, to a host that is neither on the user's network, nor one of the products the workflow's
 * other steps integrate, nor named in the skill's documentation: a "backup" or "snapshot" branch that
 * copies the CRM, and its token, to a third party. CRITICAL when it carries both.
 */
function workflowHttpExfil({ segments, files, ctx }: CustomInput): RawHit[] {
  const hits: RawHit[] = [];
  let docs: string | null = null;
  const named = new Map<string, boolean>();
  for (const s of segments) {
    if (s.lang !== 'json' || (s.kind !== 'config' && s.kind !== 'code') || s.depth > 0) continue;
    if (s.text.length > MAX_WORKFLOW_CHARS || !testSegment(WORKFLOW_HTTP, s)) continue;
    let doc: unknown;
    try {
      doc = JSON.parse(s.text);
    } catch {
      continue;
    }
    const { steps, vendors } = workflowSteps(doc);
    for (const step of steps.slice(0, MAX_WORKFLOW_STEPS)) {
      const m = /^=?\s{0,4}https?:\/\/([a-z0-9][a-z0-9.-]{0,252})/i.exec(step.url);
      if (!m) continue;
      const host = m[1].toLowerCase();
      const secret = WORKFLOW_SECRET.test(step.payload);
      const bulk = WORKFLOW_BULK.test(step.payload);
      if ((!secret && !bulk) || integratedHost(host, vendors)) continue;
      docs ??= [
        ctx.identity,
        ...files.filter((f) => /\.(?:md|markdown|mdx)$/i.test(f.path)).map((f) => proseOf(f.text)),
      ]
        .join('\n')
        .toLowerCase();
      const domain = registrable(host);
      let isNamed = named.get(domain);
      if (isNamed === undefined) {
        const name = domain.split('.')[0];
        isNamed =
          docs.includes(domain) ||
          (name.length >= 3 && new RegExp(`(?<![\\w.-])${name}(?![\\w-])`).test(docs));
        named.set(domain, isNamed);
      }
      if (isNamed) continue;
      const at = s.text.indexOf(step.url.slice(0, 200));
      hits.push(segHit(s, Math.max(0, at), secret && bulk ? 'CRITICAL' : 'HIGH'));
      if (hits.length >= MAX_HITS_PER_FILE) return hits;
    }
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-039: access logs that record credential headers, shipped off the machine by the same skill.

/** Where an nginx log format starts; its body runs to the `;` that ends the directive. */
const NGINX_LOG_FORMAT = gated(/\blog_format\b/g);
const MAX_LOG_FORMAT = 8000;
/** nginx variables holding a request's credentials: the Authorization, Cookie or API-key headers, a cookie. */
const NGINX_CREDENTIAL_VAR =
  /\$(?:http_(?:proxy_)?authorization|http_cookie|http_x_(?:api_key|auth_token|access_token|amz_security_token)|cookie_[A-Za-z0-9_]{1,60}|sent_http_set_cookie)\b/i;
/**
 * The same in other proxies' log formats: Apache `%{Authorization}i`, Envoy `%REQ(AUTHORIZATION)%`,
 * HAProxy `capture request header Cookie` / `%[req.hdr(authorization)]`, Traefik's `Authorization: keep`,
 * Caddy's `log_credentials`.
 */
const PROXY_CREDENTIAL_LOG = gated(
  /%\{(?:Proxy-)?(?:Authorization|Cookie|X-Api-Key|X-Auth-Token)\}i|%REQ\(\s{0,4}(?:PROXY-)?(?:AUTHORIZATION|COOKIE|X-API-KEY|X-AUTH-TOKEN)\s{0,4}(?:\)|:)|\bcapture\s{1,4}request\s{1,4}header\s{1,4}(?:Proxy-)?(?:Authorization|Cookie|X-Api-Key)\b|%\[\s{0,4}req\.f?hdr\(\s{0,4}(?:proxy-)?(?:authorization|cookie|x-api-key)\b|["']?\b(?:Authorization|Cookie|X-Api-Key)["']?\s{0,4}[:=]\s{0,4}["']?keep\b|\blog_credentials\b/gi,
);
const COMMENT_LINES = /^[ \t]*#[^\n]*$/gm;

/** Offset of the first credential header a log format of the segment records, or -1. */
function credentialLogAt(s: Segment): number {
  if (!mayMatch(PROXY_CREDENTIAL_LOG, s) && !mayMatch(NGINX_LOG_FORMAT, s)) return -1;
  const text = s.text.includes('#') ? s.text.replace(COMMENT_LINES, (c) => ' '.repeat(c.length)) : s.text;
  let other: RegExpExecArray | null = null;
  if (mayMatch(PROXY_CREDENTIAL_LOG, s)) {
    PROXY_CREDENTIAL_LOG.lastIndex = 0;
    other = PROXY_CREDENTIAL_LOG.exec(text);
    PROXY_CREDENTIAL_LOG.lastIndex = 0;
  }
  if (other) return other.index;
  if (!mayMatch(NGINX_LOG_FORMAT, s)) return -1;
  NGINX_LOG_FORMAT.lastIndex = 0;
  let hits = 0;
  for (const m of text.matchAll(NGINX_LOG_FORMAT)) {
    if (++hits > MAX_HITS_PER_FILE) break;
    const end = text.indexOf(';', m.index);
    const body = text.slice(
      m.index,
      end === -1 ? m.index + MAX_LOG_FORMAT : Math.min(end, m.index + MAX_LOG_FORMAT),
    );
    const v = NGINX_CREDENTIAL_VAR.exec(body);
    if (v) return m.index + v.index;
  }
  return -1;
}

/**
 * A log pipeline's configuration: an OpenTelemetry collector's exporters, Vector sinks, Fluent Bit or
 * Fluentd outputs, Promtail/Alloy clients, Filebeat/Logstash outputs, rsyslog forwarding.
 */
const LOG_PIPELINE = gated(
  /^[ \t]{0,40}(?:exporters|sinks|clients|outputs)[ \t]{0,4}:|\[(?:OUTPUT|sinks\.[\w-]{1,60}|outputs\.[\w-]{1,60})\]|\boutput\.(?:elasticsearch|logstash|kafka|loki)\b|<match\b|\bomfwd\b|\bloki\.write\b/im,
);
/**
 * An endpoint setting's host: `endpoint: https://h:4318`, `url = "https://h/loki/api/v1/push"`,
 * `Host h`, `hosts: ["h:9200"]`, `target="h"`; a variable's default (`${env:X:-https://h}`) counts, a
 * variable without one does not.
 */
const ENDPOINT_HOST =
  /\b(?:endpoint|url|uri|hosts?|target|address|server)["']?(?:[ \t]{0,4}[:=][ \t]{0,4}|[ \t]{1,4})\[?[ \t]{0,4}["']?(?:\$\{[^}\n]{0,80}?:-)?(?:(?:https?|tcp|udp|tls|grpcs?|syslog):\/\/)?([A-Za-z0-9][\w-]{0,62}(?:\.[\w-]{1,63}){1,6})/gi;
const LOCAL_LOG_HOST =
  /^(?:localhost|0\.0\.0\.0|127\.|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.)|(?:^|\.)(?:localhost|local|localdomain|internal|svc|cluster\.local|lan|home\.arpa|intranet|corp)$/i;
const IP_V4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;

/** Whether the segment, a log pipeline's config, sends to a host that is not this machine or its network. */
function shipsOffBox(s: Segment): boolean {
  if (!testSegment(LOG_PIPELINE, s)) return false;
  let seen = 0;
  for (const m of s.text.matchAll(ENDPOINT_HOST)) {
    if (++seen > 200) break;
    const host = m[1].toLowerCase();
    if (!/[a-z]/.test(host) && !IP_V4.test(host)) continue;
    if (!LOCAL_LOG_HOST.test(host)) return true;
  }
  return false;
}

/**
 * A web server or proxy log format that records the Authorization, Cookie or API-key headers, in a skill
 * that also configures a log pipeline sending to a host off the machine: every user's tokens and session
 * cookies leave with the logs. Shipping logs is normal; logging credentials is the signal.
 */
function credentialLogsShipped({ segments }: CustomInput): RawHit[] {
  const configs = segments.filter((s) => s.kind === 'code' || s.kind === 'config');
  if (!configs.some(shipsOffBox)) return [];
  const hits: RawHit[] = [];
  for (const s of configs) {
    const at = credentialLogAt(s);
    if (at === -1) continue;
    hits.push(segHit(s, at, 'HIGH'));
    if (hits.length >= MAX_HITS_PER_FILE) break;
  }
  return hits;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-043: Google Apps Script reads the whole workbook, Drive files, mail or the user's token and
// posts it with UrlFetchApp to a host outside Google; or packs its whole property store (every API key
// the setup put there), or the list of everyone the document is shared with, into data it posts to a
// host the skill's documentation does not name.

const APPS_FETCH = gated(/\bUrlFetchApp\.fetch(?:All)?[ \t]{0,4}\(/g);
/** Everything the script can see: every tab's cells, Drive file contents, mail bodies, the OAuth token. */
const APPS_BULK_READ = gated(
  /\bgetSheets[ \t]{0,4}\([ \t]{0,4}\)[^;]{0,300}?\.get(?:Display)?Values\b|\bDriveApp\.(?:getFiles|searchFiles|getRootFolder)\b[^;]{0,300}?\.(?:getBlob|getAs|getDataAsString)\b|\bGmailApp\.(?:search|getInboxThreads)\b|\.getPlainBody[ \t]{0,4}\(|\bScriptApp\.getOAuthToken[ \t]{0,4}\(/s,
);
/**
 * The accounts a document is shared with (`getEditors()`, `getViewers()`): every collaborator's address,
 * which a dashboard of counts never needs.
 */
const APPS_PEOPLE_READ = gated(/\.get(?:Editors|Viewers)[ \t]{0,4}\([ \t]{0,4}\)/);
/** A request body in the fetch options. */
const APPS_PAYLOAD = /\bpayload[ \t]{0,4}:/;
const GOOGLE_HOST =
  /^https?:\/\/(?:[\w-]{1,63}\.){0,6}(?:google\.com|googleapis\.com|googleusercontent\.com|gstatic\.com)(?::\d{1,5})?(?:[/?#]|$)/i;
const MAX_APPS_FETCHES = 20;

/** The URL a fetch's first argument names: a literal, or a name bound (a few steps back) to one. */
function appsFetchUrl(text: string, arg: string): string | null {
  let expr = arg;
  for (let step = 0; step < 4; step++) {
    const literal = /^[ \t]{0,4}["'\x60](https?:\/\/[^"'\x60\s]{1,400})/.exec(expr);
    if (literal) return literal[1];
    const name = /^[ \t]{0,4}([A-Za-z_$][\w$]{0,60})(?![\w$]*[ \t]{0,4}\()/.exec(expr)?.[1];
    if (!name) return null;
    const bound = new RegExp(
      `(?:^|[\\s;,{(])(?:const|let|var)[ \\t]{1,4}${name.replace(/\$/g, '\\$')}[ \\t]{0,4}=[ \\t]{0,4}([^;\\n]{1,400})`,
      'm',
    ).exec(text);
    if (!bound) return null;
    expr = bound[1];
  }
  return null;
}

/**
 * The whole property store of the script, user or document (`getProperties()`: every key, the API
 * keys and client secrets the setup put there) read in one call.
 */
const PROPS_DUMP = /\.getProperties[ \t]{0,4}\([ \t]{0,4}\)/g;
/** The call chain ending at a dump (`PropertiesService.getScriptProperties()\n  .getProperties`, `props.`). */
const CHAIN_BEFORE = /[\w$.() \t\n]{0,200}$/;
/** What precedes the chain when it is packed into data: an object member, an array item, a serialiser's argument. */
const PACKED_BEFORE = /(?:[:,{[]|\b(?:stringify|encode\w{0,20})[ \t]{0,4}\()[ \t\n]{0,20}$/;
/** A chain bound to a name: `const all = …`. */
const BOUND_BEFORE =
  /(?:^|[\s;{(])(?:(?:const|let|var)[ \t]{1,4})?([A-Za-z_$][\w$]{0,60})[ \t]{0,4}=[ \t\n]{0,20}$/;
const MAX_PROPS_DUMPS = 10;

/**
 * Whether the script packs a whole property store into data it builds (an object member, an array
 * item, a serialiser's argument), directly or through a name bound to it and used whole (not
 * `props.API_KEY`). Reading one key of the store for a request header is how a script uses its keys.
 */
function propertyStorePacked(text: string): boolean {
  if (!text.includes('PropertiesService')) return false;
  let n = 0;
  for (const m of text.matchAll(PROPS_DUMP)) {
    if (++n > MAX_PROPS_DUMPS) break;
    const head = text.slice(Math.max(0, m.index - 400), m.index);
    const chain = CHAIN_BEFORE.exec(head);
    // The chain is the dump's receiver: leading spaces and brackets are not part of it.
    const rest = head.slice(0, head.length - (chain ? chain[0].replace(/^[\s(]{0,200}/, '').length : 0));
    if (PACKED_BEFORE.test(rest)) return true;
    const name = BOUND_BEFORE.exec(rest)?.[1];
    if (!name) continue;
    const used = new RegExp(
      `(?:[:,{[]|\\b(?:stringify|encode\\w{0,20})[ \\t]{0,4}\\()[ \\t\\n]{0,20}${name.replace(/\$/g, '\\$')}(?![\\w$]|[ \\t]{0,4}[.[(=])`,
    );
    if (used.test(text)) return true;
  }
  return false;
}

/** The text of the object literal opening at `open` (braces balanced, strings skipped), up to 800 characters. */
function objectAt(text: string, open: number): string {
  const end = Math.min(text.length, open + 800);
  let depth = 0;
  let quote = '';
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return text.slice(open, i + 1);
  }
  return text.slice(open, end);
}

function appsScriptPosts({ segments, ctx }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang !== 'js') continue;
    // A global regex's test() moves lastIndex: every segment is tested from its start.
    APPS_FETCH.lastIndex = 0;
    if (!testSegment(APPS_FETCH, seg) || !APPS_PAYLOAD.test(seg.text)) continue;
    const bulk = testSegment(APPS_BULK_READ, seg);
    if (!bulk && !testSegment(APPS_PEOPLE_READ, seg) && !propertyStorePacked(seg.text)) continue;
    let n = 0;
    APPS_FETCH.lastIndex = 0;
    for (const m of seg.text.matchAll(APPS_FETCH)) {
      if (++n > MAX_APPS_FETCHES) break;
      const after = seg.text.slice(m.index + m[0].length, m.index + m[0].length + 1200);
      const url = appsFetchUrl(seg.text, after);
      if (!url || GOOGLE_HOST.test(url)) continue;
      // The property store (the keys of the services the skill documents) or the sharing list may go to
      // one of those services.
      const host = urlHost(url);
      if (!bulk && host && ctx.fileText('SKILL.md').toLowerCase().includes(host)) continue;
      // The request carries a body: an options object with a payload, inline or named.
      const options = /^[^,;]{1,400}?,[ \t\n]{0,40}(\{|[A-Za-z_$][\w$]{0,60})/.exec(after);
      if (
        !options ||
        (options[1] === '{' && !APPS_PAYLOAD.test(objectAt(after, options.index + options[0].length - 1)))
      )
        continue;
      out.push(segHit(seg, m.index, 'HIGH'));
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-045: a script authenticates to its service with a token and also puts that token in the
// query of a request to another host (an image beacon, sendBeacon, fetch/XHR, a socket).

/** Where a credential is presented to a service: an Authorization header, a Bearer/OAuth prefix, IRC PASS. */
const AUTH_ANCHOR = gated(/\bAuthorization\b|["'`](?:Bearer|OAuth)\s|\bPASS\s{1,4}oauth:/i);
const AUTH_ANCHORS = new RegExp(AUTH_ANCHOR.source, 'gi');
/** A request whose first argument is its address. */
const TOKEN_REQUEST_CALL =
  /\b(?:fetch|axios(?:\.[a-z]{3,7})?|got(?:\.[a-z]{3,7})?|ky(?:\.[a-z]{3,7})?|request)\s{0,4}\(\s{0,4}|\.open\s{0,4}\(\s{0,4}["'`][A-Z]{3,7}["'`]\s{0,4},\s{0,4}|\bnew\s{1,4}(?:WebSocket|EventSource)\s{0,4}\(\s{0,4}/g;
/** A value expression: a name or a dotted path (`cfg.token`, `this.accessToken`). */
const VALUE_PATH = /(?<![\w$.])[A-Za-z_$][\w$]{0,60}(?:\.[A-Za-z_$][\w$]{0,60}){0,4}(?![\w$]|\s{0,4}\()/g;
/** Names that identify, not authenticate (sent alongside a token, never the secret itself). */
const NOT_SECRET =
  /^(?:user(?:_?name)?|login|client_?id|clientid|id|email|name|type|scheme|prefix|this|window|document|undefined|null|true|false|new|await|typeof)$/i;
const URL_LITERAL =
  /["'`]((?:https?|wss?):\/\/([A-Za-z0-9][A-Za-z0-9.-]{0,252})(?=[/?#:"'`])[^"'`\s]{0,400})/g;
/** What the text before an address does with it: loads it as an image, beacons, fetches, opens a socket. */
const SENT_BEFORE =
  /(?:\.src\s{0,4}=|\bsendBeacon\s{0,4}\(|\bfetch\s{0,4}\(|\.open\s{0,4}\(\s{0,4}["'`][A-Z]{3,7}["'`]\s{0,4},|\bnew\s{1,4}(?:WebSocket|EventSource|Image)\b[^;\n]{0,40}|\baxios(?:\.[a-z]{3,7})?\s{0,4}\(|\bsetAttribute\s{0,4}\(\s{0,4}["']src["']\s{0,4},)\s{0,4}\(?\s{0,4}$/;
/** A call that sends the value right after it: an image source, a beacon, a fetch, an XHR, a socket. */
const SEND_CALL = String.raw`(?:\.src\s{0,4}=|\bsendBeacon\s{0,4}\(|\bfetch\s{0,4}\(|\.open\s{0,4}\(\s{0,4}["'\x60][A-Z]{3,7}["'\x60]\s{0,4},|\bnew\s{1,4}(?:WebSocket|EventSource)\s{0,4}\(|\baxios(?:\.[a-z]{3,7})?\s{0,4}\()\s{0,4}`;
/** `const u = new URL(` right before an address. */
const URL_OBJECT =
  /(?:^|[;{}\n])\s{0,40}(?:(?:const|let|var)\s{1,4})?([A-Za-z_$][\w$]{0,60})\s{0,4}=\s{0,4}new\s{1,4}URL\s{0,4}\(\s{0,4}$/;
const BOUND_NAME =
  /(?:^|[;{}\n])\s{0,40}(?:(?:const|let|var)\s{1,4})?([A-Za-z_$][\w$]{0,60})\s{0,4}=\s{0,4}$/;
const AUTH_REACH = 800;
const EXPRESSION_REACH = 1200;
const MAX_AUTH_USES = 50;
const MAX_AUTH_PATHS = 4;
const MAX_ADDRESSES = 500;
const MAX_ASSIGNMENTS = 2000;

/** The code of an expression: string literals emptied, a template's `${…}` parts kept. */
function codeOf(expr: string): string {
  return expr
    .replace(/"(?:[^"\\\n]|\\.){0,400}"|'(?:[^'\\\n]|\\.){0,400}'/g, '""')
    .replace(
      /`(?:[^`\\$]|\\.|\$(?!\{)){0,400}(?:\$\{([^}`]{0,200})\}(?:[^`\\$]|\\.|\$(?!\{)){0,400}){0,20}`/g,
      (m) => [...m.matchAll(/\$\{([^}`]{0,200})\}/g)].map((x) => ` ${x[1]} `).join(''),
    );
}

/** Value paths of an expression that may hold a secret. */
function valuePaths(expr: string): string[] {
  return [...codeOf(expr).matchAll(VALUE_PATH)]
    .map((m) => m[0])
    .filter((p) => !NOT_SECRET.test(p.split('.').pop()!));
}

/** The host of a request's address argument: a literal, or a name bound to one. */
function argHost(text: string, arg: string): string | null {
  const literal = /^["'`](?:https?|wss?):\/\/([A-Za-z0-9][A-Za-z0-9.-]{0,252})/.exec(arg);
  if (literal) return literal[1].toLowerCase();
  const name = /^`?\$?\{?\s{0,4}([A-Za-z_$][\w$]{0,60})\b/.exec(arg)?.[1];
  if (!name) return null;
  const bound = new RegExp(
    `(?:const|let|var)\\s{1,4}${name.replace(/\$/g, '\\$')}\\s{0,4}=\\s{0,4}["'\`](?:https?|wss?):\\/\\/([A-Za-z0-9][A-Za-z0-9.-]{0,252})`,
  ).exec(text);
  return bound ? bound[1].toLowerCase() : null;
}

/**
 * A header's value up to the `,` `}` `)` `;` or line break that ends it: not one inside a call, an index
 * or a string literal of it (`` `Bearer ${token}` ``).
 */
function headerValue(text: string): string {
  let depth = 0;
  let quote = '';
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (quote !== '') {
      if (c === '\\') k++;
      else if (c === quote) quote = '';
      else if (c === '\n' && quote !== '`') return text.slice(0, k);
    } else if (c === '"' || c === "'" || c === '`') quote = c;
    else if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (c === '\n' || c === ';' || (depth === 0 && (c === ',' || c === '}' || c === ')')))
      return text.slice(0, k);
  }
  return text;
}

/** Two registrable names of one owner: equal, or one extends the other (`google.com`, `googleapis.com`). */
function sameOwner(a: string, b: string): boolean {
  if (a === b) return true;
  const [x, y] = [a.split('.')[0], b.split('.')[0]];
  return (
    x.length >= 5 &&
    y.length >= 5 &&
    !x.includes('-') &&
    !y.includes('-') &&
    (x.startsWith(y) || y.startsWith(x))
  );
}

/** The end of the expression starting at `from`: its `;`, or a line break that does not continue it. */
function expressionFrom(text: string, from: number): string {
  const window = text.slice(from, from + EXPRESSION_REACH);
  // The last character before the line break that is not a space, and the first one after it.
  let last = '';
  for (let k = 0; k < window.length; k++) {
    const c = window[k];
    if (c === ';') return window.slice(0, k);
    if (c === '\n') {
      let j = k + 1;
      while (j < window.length && (window[j] === ' ' || window[j] === '\t' || window[j] === '\r')) j++;
      if ((last === '' || !'+,(&|?:='.includes(last)) && !'+.?:'.includes(window[j] ?? ';'))
        return window.slice(0, k);
      last = '';
    } else if (c !== ' ' && c !== '\t' && c !== '\r') last = c;
  }
  return window;
}

/**
 * Per file, the values a script presents as credentials and the registrable names of the hosts it
 * presents them to; then each address with a query that carries one of them to a host of another owner
 * and is loaded, beaconed or fetched (directly, or through a name the script sends). A variable built
 * from a credential (`new URLSearchParams({k: token})`, `u.searchParams.set("k", token)`) carries it.
 */
function tokenToOtherHost({ segments }: CustomInput): RawHit[] {
  const code = segments.filter((s) => s.kind === 'code' && s.lang === 'js');
  const byFile = new Map<string, Segment[]>();
  for (const s of code)
    if (testSegment(AUTH_ANCHOR, s)) byFile.set(s.file, [...(byFile.get(s.file) ?? []), s]);
  const out: RawHit[] = [];
  for (const segs of byFile.values()) {
    // Credential value → the owners of the hosts it authenticates to.
    const owners = new Map<string, Set<string>>();
    for (const seg of segs) {
      let n = 0;
      for (const m of seg.text.matchAll(AUTH_ANCHORS)) {
        if (++n > MAX_AUTH_USES) break;
        const value = headerValue(seg.text.slice(m.index, m.index + 200));
        const paths = valuePaths(value.replace(/^\w+["']?\s{0,4}[:,]?/, ''));
        if (paths.length === 0 || paths.length > MAX_AUTH_PATHS) continue;
        const before = seg.text.slice(Math.max(0, m.index - AUTH_REACH), m.index);
        // The request the credential is presented in: the last one opened before it.
        let call: RegExpExecArray | undefined;
        for (const c of before.matchAll(TOKEN_REQUEST_CALL)) call = c;
        const host = call && argHost(seg.text, before.slice(call.index + call[0].length));
        if (!host) continue;
        for (const p of paths) owners.set(p, (owners.get(p) ?? new Set()).add(registrable(host)));
      }
    }
    if (owners.size === 0) continue;
    for (const seg of segs) {
      // Variables built from a credential carry it (the first assignments of the script, enough for a client).
      let assignments = 0;
      for (const m of seg.text.matchAll(
        /(?:(?:const|let|var)\s{1,4}([A-Za-z_$][\w$]{0,60})\s{0,4}=|\b([A-Za-z_$][\w$]{0,60})(?:\.searchParams)?\.(?:set|append))\s{0,4}([^;\n]{1,300})/g,
      )) {
        if (++assignments > MAX_ASSIGNMENTS) break;
        const name = m[1] ?? m[2];
        if (/\bAuthorization\b|\bBearer\b/i.test(m[3])) continue;
        for (const p of valuePaths(m[3])) {
          const own = owners.get(p);
          if (own && name !== p) owners.set(name, new Set([...(owners.get(name) ?? []), ...own]));
        }
        if (owners.size > 200) break;
      }
      // Whether the script sends a name's value (`img.src = u`, `fetch(u)`), once per name.
      const sentNames = new Map<string, boolean>();
      const sendsName = (name: string) => {
        if (!sentNames.has(name))
          sentNames.set(name, new RegExp(`${SEND_CALL}${name.replace(/\$/g, '\\$')}\\b`).test(seg.text));
        return sentNames.get(name)!;
      };
      const otherOwner = (paths: string[], target: string) =>
        paths.some((p) => {
          const own = owners.get(p);
          return own !== undefined && ![...own].some((o) => sameOwner(o, target));
        });
      let n = 0;
      for (const m of seg.text.matchAll(URL_LITERAL)) {
        if (++n > MAX_ADDRESSES) break;
        const host = m[2].toLowerCase();
        if (isLocalHost(host) || /^your/.test(host)) continue;
        const target = registrable(host);
        const before = seg.text.slice(Math.max(0, m.index - 200), m.index);
        // `const u = new URL("https://…")` given the credential later (`u.searchParams.set("k", token)`).
        const built = URL_OBJECT.exec(before)?.[1];
        if (built !== undefined && otherOwner([built], target) && sendsName(built)) {
          out.push(segHit(seg, m.index, 'HIGH'));
          break;
        }
        const expr = expressionFrom(seg.text, m.index);
        const query = expr.indexOf('?');
        if (query === -1 || !otherOwner(valuePaths(expr.slice(query)), target)) continue;
        const bound = BOUND_NAME.exec(before)?.[1];
        if (!SENT_BEFORE.test(before) && (bound === undefined || !sendsName(bound))) continue;
        out.push(segHit(seg, m.index, 'HIGH'));
        break;
      }
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-046: a file-transfer script (WinSCP, lftp) opens a session with the user name and password
// written into the URL and the server's host key or certificate accepted whatever it is, then uploads.

/**
 * `open sftp://user:password@host/ …`: a session opened with a literal password in its URL. The rest of
 * the line (the session's switches) is captured.
 */
const TRANSFER_OPEN =
  /\bopen[ \t]{1,4}["']?(?:sftp|scp|ftps?|ftpes|webdavs?|davs?|s3):\/\/([^:@\s"'/]{1,100}):([^@\s"']{1,200})@([A-Za-z0-9.-]{1,253}|\[[0-9A-Fa-f:.]{2,45}\])([^\n]{0,400})/gi;
/** A password that is a reference filled in at run time (`%PW%`, `$pw`, `${PW}`, `{{ pw }}`, `<password>`). */
const PASSWORD_REFERENCE = /^(?:%|\$|\{|<|\*{1,40}$)|^(?:pass(?:word)?|secret|changeme|x{3,40})$/i;
/**
 * Any host key or certificate accepted: WinSCP `-hostkey="*"` / `-certificate="*"`, its .NET
 * `GiveUpSecurityAndAcceptAny…` switch, lftp `set sftp:auto-confirm yes` / `set ssl:verify-certificate no`.
 */
const ANY_HOST_KEY =
  /-(?:hostkey|certificate)[ \t]{0,2}=[ \t]{0,2}["']?\*["']?(?=[\s"']|$)|-giveupsecurityandacceptany(?:ssh)?hostkey\b/i;
/** lftp settings, given before the `open` or inside the session. */
const LFTP_NO_VERIFY =
  /\bset[ \t]{1,4}(?:sftp:auto-confirm[ \t]{1,4}(?:yes|on|true)|ssl:verify-certificate[ \t]{1,4}(?:no|off|false))\b/i;
/** An upload in the session: `put`, `mput`, `mirror -R`, `synchronize remote` / `both`. */
const SESSION_UPLOAD =
  /(?:^|[\s"'])(?:m?put|mirror[ \t]{1,4}(?:-\w{1,20}[ \t]{1,4}){0,4}(?:-R|--reverse)|synchronize[ \t]{1,4}(?:remote|both))[ \t]/im;
/** Where a session ends: the next `open` or a `close` / `exit`. */
const SESSION_END = /(?:^|[\s"'])(?:open[ \t]|close\b|exit\b|bye\b)/im;
const MAX_SESSIONS = 20;
const MAX_SESSION = 20000;

/**
 * The transfer script logs in with credentials written into it and takes whatever host answers (no
 * host-key or certificate check), then uploads: whoever holds the script can read or redirect what it
 * sends, and the session is built to push files out to a host nobody verifies. Sessions to this
 * machine or the LAN are left out.
 */
function unverifiedCredentialUploads({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind === 'comment' || seg.kind === 'hidden') continue;
    if (seg.kind === 'prose' && /\.(?:md|markdown|mdx)$/i.test(seg.file)) continue;
    if (!seg.text.includes('://') || !/\bopen[ \t]/i.test(seg.text)) continue;
    let n = 0;
    for (const m of seg.text.matchAll(TRANSFER_OPEN)) {
      if (++n > MAX_SESSIONS) break;
      if (PASSWORD_REFERENCE.test(m[2]) || isLocalHost(m[3].replace(/^\[|\]$/g, ''))) continue;
      // The session: the rest of the open line (a one-line `/command "open …" "put …"`), then the lines after it.
      const end = m.index + m[0].length;
      const rest = m[4] + seg.text.slice(end, end + MAX_SESSION);
      const stop = SESSION_END.exec(rest);
      const session = stop ? rest.slice(0, stop.index) : rest;
      const before = seg.text.slice(Math.max(0, m.index - 2000), m.index);
      if (!ANY_HOST_KEY.test(m[4]) && !LFTP_NO_VERIFY.test(session) && !LFTP_NO_VERIFY.test(before)) continue;
      if (!SESSION_UPLOAD.test(session)) continue;
      out.push(segHit(seg, m.index, 'HIGH'));
      break;
    }
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// SG-EXFIL-050: personal records uploaded world-readable or posted as a public gist.

/** An object stored world-readable: S3 `ACL: public-read`, `--acl public-read`, GCS `predefinedAcl=publicRead`. */
const PUBLIC_ACL = gated(
  /["']ACL["'][ \t]{0,4}[:=][ \t]{0,4}["']public-read(?:-write)?["']|\bACL[ \t]{0,4}=[ \t]{0,4}["']public-read(?:-write)?["']|--acl[ \t=]{1,4}["']?public-read\b|\bpredefined_?acl[ \t]{0,4}[:=][ \t]{0,4}["']publicRead["']/i,
);
/** A gist created public (`{"public": True, "files": …}`) through the gists API. */
const PUBLIC_GIST = gated(/["']public["'][ \t]{0,4}:[ \t]{0,4}(?:True|true)\b/);
const GISTS_API = gated(/\/gists\b/);
/** Records of people: guests, patients, customers, their passport, card or identity fields. */
const PERSONAL_RECORDS = gated(
  /\b(?:passports?|passport_?(?:no|number)|ssn|date_of_birth|national_?id|card_?(?:number|holder)|guests?|patients?|attendees?|customers?)\b/i,
);

/**
 * A script handling records of people (guests, patients, customers, passport or card fields) that
 * uploads files world-readable or posts them as a public gist: anyone with the link reads them.
 */
function publicPersonalUploads({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || !testSegment(PERSONAL_RECORDS, seg)) continue;
    let m = mayMatch(PUBLIC_ACL, seg) ? PUBLIC_ACL.exec(seg.text) : null;
    if (!m && testSegment(GISTS_API, seg) && mayMatch(PUBLIC_GIST, seg)) m = PUBLIC_GIST.exec(seg.text);
    if (!m) continue;
    const i = lineIndexOf(lineStarts(seg.text), m.index);
    out.push({
      file: seg.file,
      line: fileLineOf(seg, i),
      evidence: evidenceAround(seg.text, m.index, m.index + m[0].length),
      depth: seg.depth,
    });
  }
  return out;
}

export const EXFIL_CHANNEL_RULES: CustomRule[] = [
  {
    type: 'custom',
    id: 'SG-EXFIL-050',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A script handling records of people (guests, patients, customers, passport or card fields) uploads them world-readable (public-read object ACL) or posts them as a public gist: anyone with the link can read them',
    remediation:
      'Keep personal records in private storage with access granted to named accounts; never use public-read ACLs or public gists for them.',
    check: publicPersonalUploads,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-044',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Ships a list of upload destinations naming more than one organisation, read by a script that sends the same data to each (a standing second copy of the user’s records)',
    remediation:
      'Send the data only to the service the user asked for; a second destination must be the user’s own choice, not a default the skill ships.',
    check: ({ files }) => fannedOutDestinations(files),
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-049',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Reads people’s personal fields (email, phone, name, address) from records and posts to a fixed address of an organisation the skill’s documents never name',
    remediation:
      'Send contact records only to the services the skill documents; drop undisclosed “benchmarking” or “calibration” copies.',
    check: ({ files }) => personalRecordsToUndocumentedHost(files),
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-052',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A workflow definition (Logic Apps, Power Automate) has an HTTP action that posts people’s personal fields from the trigger, or a credential written into the body, to a host the skill’s documents never name',
    remediation:
      'Send records only to the services the skill documents, keep credentials in connections or Key Vault references, and remove undisclosed “mirror” or “archive” actions.',
    check: ({ files }) => workflowSendsToUndocumentedHost(files),
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-053',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Page code takes the signed-in user’s live session from the host application (getSession, credentials.sessionId) and POSTs/PUTs it to a host that is not the application’s own and that the skill’s documents never name: that host can act as the user',
    remediation:
      'Keep the session inside the application (call its API from the page); a backend that needs access must use its own documented service account, never the user’s session.',
    check: ({ files }) => sessionToOtherHost(files),
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-054',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A Node-RED flow passes records of people (a file, table or query, or fields a function node gathers) to an HTTP request node that POSTs/PUTs them to an outside host the skill’s documents never name (the address often set upstream with msg.url)',
    remediation:
      'Send records only to the services the documentation names; remove undisclosed “mirror” or “sync” branches from the flow.',
    check: ({ files }) => flowRecordSends(files),
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-034',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A spreadsheet formula calls a web address built from the sheet’s cells (WEBSERVICE/IMPORTDATA/IMPORTXML/IMAGE with cell values in the query): the data leaves whenever the workbook recalculates; HIGH when a range is joined in or the sheet is hidden',
    remediation: REMEDIATION,
    check: spreadsheetBeacons,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-023',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'SSH config routes a code host (GitHub/GitLab/Bitbucket) through a third-party jump host (HIGH when agent forwarding hands that host the user’s keys)',
    remediation: 'Connect to code hosts directly; never forward the SSH agent to a relay you do not operate.',
    check: ({ files }) => files.flatMap((f) => sshRelayHits(f.path, f.text)),
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-024',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'git URL rewrite (insteadOf) sends a host’s traffic to a different domain (HIGH when a public code host’s pushes are diverted, or its clones go through a host with TLS checks off or one a script sets for every repository without the documentation naming it)',
    remediation: `${REMEDIATION} Pushes must go to the remote the user configured; clones of public code hosts must not be routed through a third party’s mirror unasked.`,
    check: rewriteChecks,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-029',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Adds a second push URL to a git remote, so every push also copies the repository there (HIGH when it comes with a plain-text credential store or an included config file)',
    remediation: `${REMEDIATION} Pushes must go only to the remotes the user configured and can see.`,
    check: pushUrlHits,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-025',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Publishes a gist or paste built from the contents of credential files (HIGH when values are to be left unmasked)',
    remediation:
      'Share diagnostics without secret values: names and scopes only, redacted, never in a public paste.',
    check: bundleHits,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-026',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Telemetry setup copies the whole environment into exported attributes (HIGH when the exporter sends to a remote endpoint)',
    remediation:
      'Attach named, non-secret attributes only; never spread process.env / os.environ into telemetry.',
    check: telemetryHits,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-051',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'An Office macro saves a copy of the open workbook or document (SaveCopyAs, SaveAs, an exported PDF) and uploads its bytes over HTTP (HIGH when the documentation never says the document is uploaded or archived)',
    remediation:
      'Let the user save or share the document themselves; a macro must not send the workbook to a host the documentation does not name.',
    check: macroDocumentUploads,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-055',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      "An Office macro reads the sheet's rows cell by cell and POSTs them over HTTP to a host the documentation never names, in a workbook carrying people's tax ids, dates of birth or bank accounts",
    remediation:
      "Keep people's identity and bank fields in the workbook; a macro must send rows only to a service the documentation names and the user chose.",
    check: macroRowsToUnnamedHost,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-027',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Mail the skill sends carries a hard-coded BCC to an outside address (HIGH when the documentation never mentions it)',
    remediation: 'Recipients must come from the user’s configuration; remove hidden copies.',
    check: bccHits,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-028',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Instructions encode codes, links or passwords into the URL of an image (a beacon that leaks them when rendered)',
    remediation: 'Use static image URLs; never put conversation or mailbox data into a URL.',
    check: beaconHits,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-037',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A template’s hidden image (1x1 or display:none “read receipt”) carries people’s personal data in its URL: records gathered across the roster, a whole collection joined in, or several personal fields (name, email, phone, address, birthday)',
    remediation:
      'Tracking pixels may carry an opaque per-recipient id at most; never put names, contact details or the member list into an image URL.',
    check: templateBeacons,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-030',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Selects credential folders (.ssh, .gnupg, cloud and registry keys) for upload to a storage remote the skill defines with its own access keys or public-read access',
    remediation:
      'Back up to a remote the user configures with their own credentials; never ship a remote, and keep key folders out of the filter or encrypt them client-side.',
    check: remoteBackupHits,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-033',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A script sends records with tax, identity or health identifiers (SSN/TIN/EIN, passport, date of birth, diagnoses) to a host that is not a government service and that the skill’s documentation never names',
    remediation:
      'Send personal identifiers only to the service the user chose, named in the instructions (for TIN checks, the tax authority itself); never to an unnamed gateway.',
    check: personalRecordsToUnnamedHost,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-035',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'Sends print jobs to a remote print server (lp -h, lpr -H, queue@host, CUPS_SERVER, ipptool); HIGH when the copy is hidden, picked by sensitive words or made from inside a CUPS filter or backend',
    remediation:
      'Print only to queues the user set up and can see; never resubmit documents to another server from a filter, and never select them by their content.',
    check: remotePrintHits,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-038',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A workflow definition (n8n, Make, Power Automate) has an HTTP step that sends credentials or whole record sets to a host that is not an integrated vendor, not on the user’s network and not named in the documentation (CRITICAL when it carries both)',
    remediation:
      'Workflow HTTP steps must go to the services the user connects and the documentation names; never ship a branch that copies records or tokens to a third-party host.',
    check: workflowHttpExfil,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-039',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'An access log format records credential headers (Authorization, Cookie, API keys: nginx $http_authorization, Apache %{Cookie}i, Envoy %REQ(AUTHORIZATION)%, HAProxy captures) and the skill ships logs to a host off the machine',
    remediation:
      'Never log Authorization, Cookie or API-key headers; if a log pipeline leaves the machine, drop such fields before every exporter.',
    check: credentialLogsShipped,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-043',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A Google Apps Script reads the whole workbook (every tab), Drive file contents, mail, the OAuth token, its whole property store (the API keys) or the list of the document collaborators and POSTs with UrlFetchApp to a host outside Google',
    remediation:
      'Send only the cells a feature needs, to a service the user configured and the documentation names; never ship whole workbooks, mail or tokens to a third-party host.',
    check: appsScriptPosts,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-046',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A file-transfer script (WinSCP, lftp) logs in with a user name and password written into its URL, accepts any host key or certificate, and uploads files to a host outside the network',
    remediation:
      'Keep transfer credentials out of the script (stored sessions, key files, the environment), pin the server host key, and upload only to partners the documentation names.',
    check: unverifiedCredentialUploads,
  },
  {
    type: 'custom',
    id: 'SG-EXFIL-045',
    family: 'exfiltration',
    severity: 'HIGH',
    message:
      'A script authenticates to its service with a token and also puts that token in the query of a request to another host (an image beacon, sendBeacon, fetch, XHR or socket): whoever runs that host can act as the user',
    remediation:
      'Send a token only to the service that issued it, in its Authorization header; version pings and analytics must carry no credential.',
    check: tokenToOtherHost,
  },
];
