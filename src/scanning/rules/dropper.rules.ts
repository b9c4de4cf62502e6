import type { Severity } from '../scan.types.js';
import type {
  AnyRule,
  CustomInput,
  MatchInfo,
  PatternRule,
  RawHit,
  Segment,
  SkillContext,
  TagHit,
} from '../rule.types.js';
import { sinkWithSources } from '../analyzers/code-cooccurrence.js';
import {
  ipHost,
  isPublicIp,
  isPinnedToolRepoScript,
  isInternalHost,
  isVendorsInstallHost,
  isVendorsOwnHost,
  PASTE_HINTS,
  PASTE_HOSTS,
  SHELL_SINK,
} from './indicators.js';
import { declaredRequires } from './declared.rules.js';
import { gated, mayMatch, testFile, testSegment } from '../analyzers/literal-gates.js';
import {
  clean,
  evidenceAround,
  fileLineOf,
  lineIndexOf,
  lineStarts,
  linesOf,
  newSegment,
} from '../analyzers/segment-lines.js';
import { isOtherSource } from '../analyzers/fence-lang.js';
import { severityRank } from '../scan.types.js';

/** RFC 5737 documentation ranges (TEST-NET-1/2/3), used as placeholder addresses in docs. */
const DOC_IP = /^(?:192\.0\.2|198\.51\.100|203\.0\.113)\.\d{1,3}$/;
/**
 * Text right before an address that makes it the value of a named setting: `STAGING_URL=`, `API_URL: "`,
 * or the setting named with an example (`` `STAGING_URL`, e.g. ` ``, `API_URL (e.g. `).
 */
const SETTING_VALUE =
  /\b([A-Z][A-Z0-9_]{1,60})[ \t]{0,4}[:=][ \t]{0,4}["'`]?$|\b([A-Z][A-Z0-9_]{1,60})[`'"]?[ \t]{0,4}[,(][ \t]{0,4}e\.g\.[,:]?[ \t]{0,4}[`'"]?$/;
/** How far before the address the setting's name is looked for. */
const MAX_SETTING_LEAD = 120;

/**
 * Whether a literal match is the value given to a variable the skill declares in `requires.env`, i.e.
 * a setting the user supplies (`export STAGING_BOT_URL=http://…`, "(`STAGING_BOT_URL`, e.g. `http://…`)").
 * Read on the file's own line, so an inline code span sees the prose naming its variable.
 */
function declaredSettingExample(m: MatchInfo, ctx: SkillContext): boolean {
  if (m.segment.depth > 0) return false;
  const env = declaredRequires(ctx.frontmatter)?.env;
  if (!env?.length) return false;
  const line = linesOf(ctx.fileText(m.segment.file))[fileLineOf(m.segment, m.lineIndex) - 1] ?? '';
  const at = line.indexOf(m.match);
  if (at < 0) return false;
  const set = SETTING_VALUE.exec(line.slice(Math.max(0, at - MAX_SETTING_LEAD), at));
  return set !== null && env.includes(set[1] ?? set[2]);
}
/** A setting naming the origin behind a proxy, its value starting where the address starts. */
const UPSTREAM_SETTING =
  /\b(?:[A-Z][A-Z0-9_]{0,40})?(?:BACKEND|UPSTREAM|ORIGIN)[A-Z0-9_]{0,40}[ \t]{0,4}[:=][ \t]{0,4}["']?$/;

/** Whether a literal match is the value of an upstream/backend/origin setting on its line. */
function upstreamSetting(m: MatchInfo): boolean {
  const at = m.lineText.indexOf(m.match);
  return at >= 0 && UPSTREAM_SETTING.test(m.lineText.slice(Math.max(0, at - MAX_SETTING_LEAD), at));
}
/**
 * An address whose path names an audio or video stream or its playlist (`/main.aac`, `/live/index.m3u8`):
 * what a player or recorder reads, never a script or binary to run.
 */
const MEDIA_STREAM_PATH =
  /^[a-z]+:\/\/[\d.]+(?::\d{1,5})?\/[^\s?#]{0,200}\.(?:aac|mp3|ogg|oga|opus|flac|m4a|wav|m3u8?|pls|mpd|ts|mp4|m4v|mkv|webm)(?:[?#]\S{0,200})?$/i;

/**
 * Whether a documentation-range (RFC 5737) address is an example value rather than a staging server:
 * bare (no port, no path: a device's own admin URL), the value of a setting the user supplies (a
 * variable declared in requires.env, e.g. their staging server), the origin a proxy or WAF the user
 * runs forwards to (`-e BACKEND=http://…`, `UPSTREAM_URL: http://…`), which nothing in the skill fetches,
 * or a media stream (`http://198.51.100.24:8000/main.aac`) a player or recorder reads.
 */
function placeholderAddress(m: MatchInfo, ctx: SkillContext, ip: string): boolean {
  if (!DOC_IP.test(ip)) return false;
  return (
    /^[a-z]+:\/\/[\d.]+\/?$/i.test(m.match) ||
    MEDIA_STREAM_PATH.test(m.match) ||
    declaredSettingExample(m, ctx) ||
    upstreamSetting(m) ||
    envDefault(m) ||
    settingValue(m) ||
    publishedByCompose(m, ctx)
  );
}
/**
 * The fallback of an environment setting (`process.env.KDS_URL || "http://…"`, `os.getenv("X", "http://…")`,
 * `${X:-http://…}`): a default the user overrides with their own device's address.
 */
const ENV_DEFAULT =
  /\bprocess\.env\.[A-Z][A-Z0-9_]{1,60}[ \t]{0,4}(?:\|\||\?\?)[ \t]{0,4}["'`]$|\b(?:os\.getenv|os\.environ\.get)\([ \t]{0,4}["'][A-Z][A-Z0-9_]{1,60}["'][ \t]{0,4},[ \t]{0,4}["']$|\$\{[A-Z][A-Z0-9_]{1,60}:?-$/;

/** Whether a literal match is the default of an environment setting on its line. */
function envDefault(m: MatchInfo): boolean {
  const at = m.lineText.indexOf(m.match);
  return at >= 0 && ENV_DEFAULT.test(m.lineText.slice(Math.max(0, at - MAX_SETTING_LEAD), at));
}
/** A file of documentation or configuration, not a script that would use the value itself. */
const CONFIG_FILE =
  /(?:\.(?:md|markdown|env|example|sample|ya?ml|toml|ini|conf|cfg)|(?:^|\/)\.env(?:\.[\w-]{1,20})?)$/i;

/**
 * Whether a literal match is the value of an address setting in documentation or a config file, not
 * a shell command (`KDS_URL=http://…` in an env listing, `PRINTER_HOST: "http://…`): the address of
 * the user's own device, to replace.
 */
function settingValue(m: MatchInfo): boolean {
  // A shell line sets a variable the script goes on to use: only a listing of settings is covered.
  if (!CONFIG_FILE.test(m.segment.file) || m.segment.lang === 'shell' || m.segment.depth > 0) return false;
  const at = m.lineText.indexOf(m.match);
  const set = at < 0 ? null : SETTING_VALUE.exec(m.lineText.slice(Math.max(0, at - MAX_SETTING_LEAD), at));
  return set !== null && /_(?:URL|URI|HOST|ADDR|ADDRESS|ENDPOINT)$/.test(set[1] ?? set[2]);
}
/** Compose files a skill may ship next to its SKILL.md. */
const COMPOSE_FILES = ['docker-compose.yml', 'docker-compose.yaml', 'compose.yml', 'compose.yaml'];

/**
 * Whether the address is one the skill's own compose file publishes a port on (`- "192.0.2.20:8080:8080"`
 * under `ports:`): the URL opens the skill's own service on the host's LAN address, not a remote server.
 */
/** A port binding of a compose service (`- "192.0.2.20:8080:8080"`): host address, host port. */
const PORT_BINDING = /^[ \t]{0,40}-[ \t]{1,4}["']?(\d{1,3}(?:\.\d{1,3}){3}):(\d{1,5}):\d/;

function publishedByCompose(m: MatchInfo, ctx: SkillContext): boolean {
  const host = /^[a-z]+:\/\/([\d.]+)(?::(\d{1,5}))?/i.exec(m.match);
  if (!host) return false;
  const port = host[2] ?? (/^https/i.test(m.match) ? '443' : '80');
  return COMPOSE_FILES.some((f) =>
    linesOf(ctx.fileText(f)).some((l) => {
      const b = PORT_BINDING.exec(l);
      return b !== null && b[1] === host[1] && b[2] === port;
    }),
  );
}
/** A compose file of any variant the skill ships (`docker-compose.hardened.yml`, `compose.prod.yaml`). */
const ANY_COMPOSE_FILE = /(?:^|\/)(?:docker-)?compose(?:[.-][\w.-]{1,40})?\.ya?ml$/i;
/** A list key of a compose service whose items are ports it listens on. */
const PORT_LIST_KEY = /^[ \t]{0,40}(?:ports|expose):[ \t]{0,4}$/;
/** An item of such a list: `- "3000"`, `- 8080:80`, `- "127.0.0.1:8000:8000/tcp"`. */
const PORT_ITEM =
  /^[ \t]{0,40}-[ \t]{1,4}["']?(?:\d{1,3}(?:\.\d{1,3}){3}:)?(?:(\d{1,5}):)?(\d{1,5})(?:\/(?:tcp|udp))?["']?[ \t]{0,4}$/;
/**
 * A line that does more than read an address: pipes the answer into an interpreter, saves it, sends a
 * body or a file, or builds the request from a command's output.
 */
const BEYOND_READ =
  /\|[ \t]{0,4}(?:sudo[ \t]{1,4})?(?:(?:ba|z|da|k)?sh|python\d?|perl|ruby|node|php|iex)\b|[ \t]-[A-Za-z]{0,6}[oOdFT]\b|[ \t]-X[ \t]{0,4}["']?(?:POST|PUT|PATCH|DELETE)\b|--(?:output|remote-name|data[\w-]{0,12}|form|upload-file|json|post-(?:data|file)|method)\b|\$\(|>[ \t]{0,4}[\w/~.$]/;

/** The ports each skill's compose files list, read once per skill. */
const composePorts = new WeakMap<SkillContext, Set<string>>();

function ownComposePorts(ctx: SkillContext): Set<string> {
  let ports = composePorts.get(ctx);
  if (ports) return ports;
  ports = new Set<string>();
  for (const path of ctx.paths ?? []) {
    if (!ANY_COMPOSE_FILE.test(path)) continue;
    let inPorts = false;
    for (const l of linesOf(ctx.fileText(path))) {
      if (PORT_LIST_KEY.test(l)) inPorts = true;
      else if (!/^[ \t]{0,40}-/.test(l)) inPorts = false;
      const item = inPorts ? PORT_ITEM.exec(l) : null;
      if (item?.[1]) ports.add(item[1]);
      if (item?.[2]) ports.add(item[2]);
    }
  }
  composePorts.set(ctx, ports);
  return ports;
}

/** How far either side of an address its command is read. */
const MAX_PROBE_REACH = 400;

/**
 * Whether a documentation-range address names the skill's own service: its port is one a compose file
 * the skill ships publishes or exposes, and the line only reads from it (an exposure check of the
 * user's own NodeODM, Grafana or API at a placeholder address), sending nothing and running nothing.
 */
function probesOwnService(m: MatchInfo, ctx: SkillContext, ip: string): boolean {
  if (!DOC_IP.test(ip)) return false;
  // The command around the address, not a whole (possibly minified) line.
  const at = Math.max(0, m.lineText.indexOf(m.match));
  const around = m.lineText.slice(Math.max(0, at - MAX_PROBE_REACH), at + m.match.length + MAX_PROBE_REACH);
  if (BEYOND_READ.test(around)) return false;
  const port = /^[a-z]+:\/\/[\d.]+:(\d{1,5})(?:[/?#]|$)/i.exec(m.match)?.[1];
  return port !== undefined && ownComposePorts(ctx).has(port);
}
const FETCH = '\\b(?:curl|wget|iwr|invoke-webrequest|invoke-restmethod|irm)\\b';

/**
 * A command string closed at the end of a line and continued on the next by concatenation (Perl's
 * `" . "`, `+`, `&`, or adjacent literals in parentheses): the command the program runs is one line.
 */
const STRING_CONTINUED = String.raw`["'][ \t]{0,8}\n[ \t]{0,40}(?:\.|\+|&|\.\.)?[ \t]{0,8}["']`;
/** Prose that warns about or cites a pattern rather than telling the agent to run it. */
const DESCRIBED =
  /\b(?:e\.g\.|never|don'?t|do not|avoid|instead of|rather than|warning|dangerous|such as|unsafe|risky|detects?|flags?)\b/i;
const REMEDIATION =
  'Do not execute remote scripts unseen: pin the installer by version and checksum, or install from a package manager.';

/**
 * Fetched-and-executed code: raw IP / plain HTTP is critical, the vendor's own installer (or the tool's
 * own repository at a release tag) is tolerated.
 */
export function fetchedExecSeverity(found: MatchInfo, ctx: SkillContext): Severity {
  const m = withInterpolatedValue(found);
  if (!/(?:https?|ftp):\/\/|\$\{?\w|\$\(|#\{[ \t]{0,4}[@$\w]|\b[\w-]+\.[a-z]{2,}\//i.test(m.match))
    return 'MEDIUM';
  if (m.segment.kind === 'prose' && DESCRIBED.test(m.lineText)) return 'MEDIUM';
  const ip = ipHost(m.lineText);
  if (ip && isPublicIp(ip)) return 'CRITICAL';
  if (/\bhttp:\/\/(?!localhost|127\.)/i.test(m.match)) return 'CRITICAL';
  if (/https:\/\//i.test(m.match) && isVendorsInstallHost(m.match, ctx.identity)) return 'MEDIUM';
  // Served by a host only the user's network reaches: the organisation's own feed or mirror.
  const host = FETCHED_HOST.exec(m.match)?.[1];
  if (host && isInternalHost(host)) return 'MEDIUM';
  const bare = bareHostUrl(m.match);
  if (bare && isVendorsInstallHost(bare, ctx.identity)) return 'MEDIUM';
  if (positionalVendorInstaller(m, ctx.identity)) return 'MEDIUM';
  if (isPinnedToolRepoScript(m.match, ctx.identity)) return 'MEDIUM';
  return 'HIGH';
}

/**
 * String interpolation in Ruby, CoffeeScript, Crystal or Elixir (`"curl '#{url}' | bash"`): the
 * command fetches whatever the variable holds, like a shell `${url}`.
 */
const INTERPOLATION = /#\{[ \t]{0,4}@{0,2}([A-Za-z_]\w{0,63})[ \t]{0,4}\}/;
/** How far above the command the interpolated variable's assignment is looked for. */
const MAX_ASSIGNMENT_LINES = 20;

/**
 * A fetch whose address is an interpolated variable assigned a string literal a few lines above
 * (`url = "https://…"` then `system("curl -fsSL '#{url}' | bash")`): the match read with that value
 * in place, so the host is judged like a literal one (a vendor's installer stays tolerated, a
 * stranger's host is a fetch-and-run). With no such assignment the match is left as it is (a variable).
 */
function withInterpolatedValue(m: MatchInfo): MatchInfo {
  if (!m.match.includes('#{')) return withConcatenatedValue(m);
  const ref = INTERPOLATION.exec(m.match);
  if (!ref) return m;
  const lines = linesOf(m.segment.text);
  // The name is word characters only: nothing in it to escape.
  const assign = new RegExp(`^[ \\t]{0,40}@{0,2}${ref[1]}[ \\t]{0,4}=[ \\t]{0,4}(["'])([^"'\\n]{1,400})\\1`);
  for (let k = m.lineIndex - 1; k >= 0 && m.lineIndex - k <= MAX_ASSIGNMENT_LINES; k--) {
    const value = assign.exec(lines[k] ?? '')?.[2];
    if (value === undefined) continue;
    const swap = (text: string) => text.replace(ref[0], () => value);
    return { ...m, match: swap(m.match), lineText: swap(m.lineText) };
  }
  return m;
}

/**
 * A command string built by concatenation around a name (`'curl -fsSL ' + HOST + '/x.sh -o …'`,
 * Lua `..`, AppleScript/VB `&`): the quote, the operator, the name, the operator, the next quote.
 */
const CONCATENATED =
  /(["'`])[ \t]{0,4}(?:\+|\.\.|&)[ \t]{0,4}([A-Za-z_$][\w$]{0,63})[ \t]{0,4}(?:\+|\.\.|&)[ \t]{0,4}(["'`])/;
/** How far above the command a constant concatenated into it is looked for (constants sit at a file's top). */
const MAX_CONSTANT_LINES = 200;

/**
 * A fetch whose address is concatenated from a constant assigned a string literal above it
 * (`var HOST = "https://…"; cmd = 'curl -fsSL ' + HOST + '/run.sh -o f && sh f'`): the match read
 * with that value in place, so the host is judged like a literal one. With no such constant the
 * match is left as it is.
 */
function withConcatenatedValue(m: MatchInfo): MatchInfo {
  const ref = CONCATENATED.exec(m.match);
  if (!ref) return m;
  const lines = linesOf(m.segment.text);
  // The name is word characters and `$` only: `$` is escaped.
  const name = ref[2].replace(/\$/g, '\\$');
  const assign = new RegExp(
    `^[ \\t]{0,40}(?:[A-Za-z_]\\w{0,20}[ \\t]{1,4}){0,3}${name}[ \\t]{0,4}(?::[ \\t]{0,4}\\w{1,20}[ \\t]{0,4})?:?=[ \\t]{0,4}(["'\`])([^"'\`\\n]{1,400})\\1`,
  );
  for (let k = m.lineIndex - 1; k >= 0 && m.lineIndex - k <= MAX_CONSTANT_LINES; k--) {
    const value = assign.exec(lines[k] ?? '')?.[2];
    if (value === undefined) continue;
    const swap = (text: string) => text.replace(ref[0], () => value);
    return { ...m, match: swap(m.match), lineText: swap(m.lineText) };
  }
  return m;
}
/** The host of the first HTTPS address in a fetch. */
const FETCHED_HOST = /https:\/\/(?:[^@/\s"'`)]{1,100}@)?([\w.-]{1,253})(?=[:/\s"'`)]|$)/i;

/** `curl -fsSL "$2" | sh`: the address is a positional parameter of the shell function around it. */
const POSITIONAL_FETCH = new RegExp(
  `${FETCH}(?:\\s{1,4}-[\\w-]{1,20}){0,8}\\s{1,4}["']?\\$\\{?([1-9])\\}?["']?(?=[\\s|;&)]|$)`,
  'i',
);
/** A shell function's definition: `name() {`, `function name {`, `function name() {`. */
const SHELL_FUNCTION =
  /^[ \t]{0,40}(?:function[ \t]{1,4}([A-Za-z_][\w:-]{0,63})(?:[ \t]{0,4}\([ \t]{0,4}\))?|([A-Za-z_][\w:-]{0,63})[ \t]{0,4}\([ \t]{0,4}\))[ \t]{0,4}(?:\{|$)/;
/**
 * A command word and its arguments, at the start of a line or after `;`, `&&`, `|`, `)` (a case arm),
 * `then`, `do`. The arguments are read ahead, so a command inside them (`case … in uv) piped uv URL`)
 * is found too.
 */
const SHELL_CALL =
  /(?:^|[;&|(){}]|\b(?:then|do|else)\b)[ \t]{0,40}([A-Za-z_][\w:-]{0,63})(?=[ \t]{1,40}([^;&|)\n]{1,600}))/g;
const SHELL_WORD = /"[^"\n]{0,600}"|'[^'\n]{0,600}'|[^\s"']{1,600}/g;
/** How far above a fetch its function's definition is looked for. */
const MAX_FUNCTION_LINES = 60;
/** A line ending in a closing brace: a one-line function, closed before the lines below it. */
const CLOSES = /\}[ \t]{0,40}(?:#[^\n]{0,400})?$/;
/** A line that only closes a brace: the end of a function (or a group) between a fetch and a definition. */
const CLOSING_LINE = /^[ \t]{0,40}\}[ \t]{0,40}(?:#[^\n]{0,400})?$/;

/** The calls of each function a shell text defines (name → argument lists), for the last text asked about. */
let shellCalls: { text: string; calls: Map<string, string[][]> } | null = null;

function callsIn(text: string): Map<string, string[][]> {
  if (shellCalls?.text === text) return shellCalls.calls;
  const lines = linesOf(text);
  const calls = new Map<string, string[][]>();
  for (const line of lines) {
    const def = SHELL_FUNCTION.exec(line);
    if (def) calls.set(def[1] ?? def[2], []);
  }
  if (calls.size > 0)
    for (const line of lines)
      for (const c of line.matchAll(SHELL_CALL)) {
        const args = calls.get(c[1]);
        if (args)
          args.push((c[2].match(SHELL_WORD) ?? []).map((w) => w.replace(/^(["'])([\s\S]*)\1$/, '$2')));
      }
  shellCalls = { text, calls };
  return calls;
}

/**
 * A helper that pipes its argument into a shell (`piped() { curl -fsSL "$2" | sh; }`), every call of
 * which passes the vendor's own HTTPS installer (`piped uv https://astral.sh/uv/install.sh`): the same
 * documented installer as a literal one, one function call away. Any call with another host, a
 * variable or a missing argument keeps the fetch as it is.
 */
function positionalVendorInstaller(m: MatchInfo, identity: string): boolean {
  const n = POSITIONAL_FETCH.exec(m.match)?.[1];
  if (!n) return false;
  const text = m.segment.text;
  const lines = linesOf(text);
  const line = m.lineIndex;
  if (line >= lines.length) return false;
  let name: string | undefined;
  for (let k = line; k >= 0 && line - k <= MAX_FUNCTION_LINES; k--) {
    const def = SHELL_FUNCTION.exec(lines[k]);
    // A one-line function above this line closes before it.
    if (def && (k === line || !CLOSES.test(lines[k]))) {
      name = def[1] ?? def[2];
      break;
    }
    if (k < line && CLOSING_LINE.test(lines[k])) return false;
  }
  const calls = name === undefined ? undefined : callsIn(text).get(name);
  if (!calls || calls.length === 0) return false;
  return calls.every((args) => {
    const url = args[Number(n) - 1] ?? '';
    if (!/^https:\/\/[^\s$`]{1,400}$/i.test(url)) return false;
    const ip = ipHost(url);
    return !(ip && isPublicIp(ip)) && isVendorsInstallHost(url, identity);
  });
}

/**
 * `curl -fsLS get.vendor.io`, `irm vendor.sh/install.ps1`: a host (and path) without a scheme, as some
 * vendors document their installer.
 */
const BARE_HOST = new RegExp(
  `${FETCH}(?:\\s+-[\\w-]{1,20}){0,6}\\s+["']?((?:[a-z0-9-]{1,63}\\.){1,4}[a-z]{2,12}(?:\\/[^\\s"'\`)|]{0,200})?)(?=[\\s"')]|$)`,
  'i',
);

function bareHostUrl(match: string): string | null {
  const host = BARE_HOST.exec(match)?.[1];
  return host ? `https://${host}` : null;
}

/** The vendor's own installer over HTTPS (its whole name as the host), not a stranger's script. */
function vendorInstaller(evidence: string, identity: string): boolean {
  if (!/https:\/\//i.test(evidence) || /\bhttp:\/\/(?!localhost|127\.)/i.test(evidence)) return false;
  const ip = ipHost(evidence);
  return !(ip && isPublicIp(ip)) && isVendorsOwnHost(evidence, identity);
}

/** A download piped into a shell (SG-DROPPER-001's match). */
const FETCH_PIPE = new RegExp(`${FETCH}(?:[^\\n|;&]|&(?![&\\s])){0,400}${SHELL_SINK}`, 'gi');
/**
 * Something a download could fetch: a URL, a variable, substitution or format placeholder (`{h}`,
 * `%s`), or a host name.
 */
const FETCHABLE = /:\/\/|[$`{%]|\b[\w-]{1,63}\.[a-z]{2,24}\b/i;

/**
 * The pattern named, not a command: every download-to-shell on the line is the bare words (`curl | bash`
 * in a findings row or a checklist) with no address, variable or host for it to fetch.
 */
function addresslessPipe(evidence: string): boolean {
  if (evidence.includes('://')) return false;
  const pipes = evidence.match(FETCH_PIPE);
  return pipes !== null && pipes.every((p) => !FETCHABLE.test(p));
}

/**
 * SG-DROPPER-009's chain: no-consent prose counts anywhere; a run of the vendor's own HTTPS installer
 * does not, nor a pipe-to-shell that names no address (it can run nothing).
 */
function countsAsRemoteRun(t: TagHit, ctx: SkillContext): boolean {
  return (
    t.tag === 'no-consent' || (!vendorInstaller(t.evidence, ctx.identity) && !addresslessPipe(t.evidence))
  );
}

const PATTERNS: PatternRule[] = [
  {
    type: 'pattern',
    id: 'SG-DROPPER-015',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'A JAAS/JNDI login config (JndiLoginModule, e.g. in sasl.jaas.config) points its provider URL at a remote LDAP/RMI server: a JNDI lookup there loads and runs the server’s Java classes (CVE-2023-25194 style)',
    remediation:
      'Never configure JndiLoginModule or JNDI provider URLs to a remote ldap/rmi/iiop server; use the platform’s SASL/OAuth login modules and keep credentials in a secret store.',
    pattern:
      /\bJndiLoginModule\b[^\n]{0,400}?\b(?:user|group)\.provider\.url\s{0,4}=\s{0,4}\\?["']?(?:ldaps?|rmi|iiop|corbaname|dns):\/\/(?!(?:localhost|127\.\d{1,3}\.\d{1,3}\.\d{1,3}|\[::1\])[:/\\"'\s])[^\s"'\\]{1,200}/gi,
    hints: ['jndiloginmodule'],
    needs: [['provider.url']],
    starts: ['jndiloginmodule'],
    in: 'any',
    // Prose describing the CVE (a security write-up) cites the string; a config sets it.
    adjust: (m) => (m.segment.kind === 'prose' ? 'MEDIUM' : 'HIGH'),
  },
  {
    type: 'pattern',
    id: 'SG-DROPPER-001',
    family: 'dropper',
    severity: 'HIGH',
    message: 'Downloads a script and pipes it straight into a shell or interpreter',
    remediation: REMEDIATION,
    // A lone `&` is part of a query string; `&&` and `& ` end the command.
    pattern: new RegExp(`${FETCH}(?:[^\\n|;&]|&(?![&\\s])){0,400}${SHELL_SINK}`, 'gi'),
    hints: ['curl', 'wget', 'iwr', 'invoke-', 'irm'],
    needs: [['|']],
    starts: ['curl', 'wget', 'iwr', 'invoke-', 'irm'],
    tags: ['exec', 'net-fetch'],
    adjust: fetchedExecSeverity,
  },
  {
    type: 'pattern',
    id: 'SG-DROPPER-002',
    family: 'dropper',
    severity: 'HIGH',
    message: 'Executes the output of a download (eval/source/sh -c of curl or wget)',
    remediation: REMEDIATION,
    pattern: new RegExp(
      `(?:\\b(?:ba|z)?sh\\s+(?:-\\w+\\s+)*|\\beval\\s+|\\bsource\\s+|(?:^|[\\s;&])\\.\\s+|\\b(?:iex|invoke-expression)\\s*)["']?(?:\\$\\(|<\\(|\`|\\()\\s*(?:${FETCH}|\\(?\\s*new-object\\s+(?:system\\.)?net\\.webclient\\s*\\)?\\s*\\.\\s*download(?:string|data))[^\\n]{0,300}`,
      'gi',
    ),
    hints: ['curl', 'wget', 'iwr', 'invoke-', 'irm', 'webclient'],
    needs: [['(', '`']],
    tags: ['exec', 'net-fetch'],
    adjust: fetchedExecSeverity,
  },
  {
    type: 'pattern',
    id: 'SG-DROPPER-003',
    family: 'dropper',
    severity: 'HIGH',
    message: 'Contacts a raw public IP address instead of a named host',
    remediation:
      'Use a named, documented host over HTTPS; raw IP hosts are typical of malware staging servers.',
    pattern: /\b(?:https?|ftp):\/\/(?:\d{1,3}\.){3}\d{1,3}(?::\d+)?(?:\/[^\s"'`<>)]*)?/gi,
    hints: ['://'],
    in: 'code',
    adjust: (m, ctx) => {
      const ip = ipHost(m.match);
      if (!ip || !isPublicIp(ip)) return null;
      const runs = /\b(?:curl|wget|sh|bash)\b/i.test(m.lineText);
      if (!runs && placeholderAddress(m, ctx, ip)) return 'MEDIUM';
      if (probesOwnService(m, ctx, ip)) return 'MEDIUM';
      return runs ? 'CRITICAL' : 'HIGH';
    },
  },
  {
    type: 'pattern',
    id: 'SG-DROPPER-004',
    family: 'dropper',
    severity: 'CRITICAL',
    message: 'Decodes an encoded blob and pipes the result into a shell',
    remediation: 'Never execute encoded commands; ship the plain script so it can be reviewed.',
    pattern: new RegExp(
      `(?:\\bbase64\\s+(?:-\\w*[dD]\\w*|--decode)\\b|\\bxxd\\s+-r|\\bopenssl\\s+(?:base64|enc)\\s[^\\n|]{0,60}-d\\b|\\bgunzip\\b|\\bzcat\\b|\\bbase32\\s+-d)[^\\n|]{0,200}${SHELL_SINK}`,
      'gi',
    ),
    hints: ['base64', 'xxd', 'openssl', 'gunzip', 'zcat', 'base32'],
    starts: ['base64', 'xxd', 'openssl', 'gunzip', 'zcat', 'base32'],
    tags: ['exec', 'decode'],
  },
  {
    type: 'pattern',
    id: 'SG-DROPPER-005',
    family: 'dropper',
    severity: 'HIGH',
    message: 'Points at a paste site, a common stager for malicious install commands',
    remediation:
      'Install from the vendor or a package registry; paste sites host unreviewed, changeable content.',
    pattern: new RegExp(`\\b(?:${PASTE_HOSTS})\\b[^\\s"'\`<>)]*`, 'gi'),
    hints: PASTE_HINTS,
    // The hosts that start with none of the hints.
    starts: [...PASTE_HINTS, 'dpaste', 'privatebin', 'pastie'],
    adjust: (m) =>
      /\b(?:curl|wget|run|execute|terminal|command|install|paste|copy|bash|sh)\b/i.test(m.lineText)
        ? 'CRITICAL'
        : 'HIGH',
  },
  {
    type: 'pattern',
    id: 'SG-DROPPER-006',
    family: 'dropper',
    severity: 'HIGH',
    message: 'Downloads a file and immediately executes it',
    remediation: REMEDIATION,
    pattern: new RegExp(
      `${FETCH}[^\\n]{0,300}?(?:\\s-o\\s*|\\s-O\\s+|--output[= ]|>\\s*)(\\S+)(?:[^\\n]|${STRING_CONTINUED}){0,120}?(?:&&|;)\\s*(?:sudo\\s+)?(?:chmod\\s+[+\\w]*x[^\\n;&]{0,80}(?:&&|;)\\s*)?(?:(?:nohup|setsid|exec)\\s+)?["']?(?:\\.\\/|~\\/|(?:\\/usr)?(?:\\/bin\\/)?(?:ba|z|da)?sh\\s|python[0-9.]*\\s|/tmp/|\\$|(?:\\.|source)\\s+["']?[$~/.])`,
      'gi',
    ),
    hints: ['curl', 'wget', 'iwr', 'invoke-'],
    starts: ['curl', 'wget', 'iwr', 'invoke-', 'irm'],
    needs: [
      ['&&', ';'],
      ['-o', '--output', '>'],
    ],
    tags: ['exec', 'net-fetch'],
    adjust: fetchedExecSeverity,
  },
  {
    type: 'pattern',
    id: 'SG-DROPPER-007',
    family: 'dropper',
    severity: 'HIGH',
    message: 'Executes code fetched over the network (exec/eval of a response body)',
    remediation: REMEDIATION,
    pattern:
      /\b(?:exec|eval|Function)\s*\(\s*(?:await\s+)?\(?\s*(?:await\s+)?(?:requests\.get|httpx\.get|(?:\w+\.){0,3}urlopen|fetch|axios\.get)\s*\(/g,
    hints: ['exec', 'eval', 'function'],
    starts: ['exec', 'eval', 'function'],
    in: 'code',
    tags: ['exec', 'net-fetch'],
  },
];

/**
 * A script that downloads something (a userscript through `GM_xmlhttpRequest` too) and, elsewhere in the
 * same file, evaluates a variable (or loads native code from a path held in one: `process.dlopen(m, dest)`).
 */
const CODE_FETCH = gated(
  /\b(?:https?\.get|fetch|requests\.get|httpx\.get|urlopen|urlretrieve|axios(?:\.get)?|got|GM_xmlhttpRequest|GM\.xmlHttpRequest|GM_fetch)\s*\(/,
);
const RUN_VARIABLE = gated(
  /\.exec_module\s*\(\s*[\w.]+\s*\)|\bprocess\.dlopen\s*\(\s*[\w.$]+\s*,\s*(?!["'`])[\w.$]+\s*[,)]|\bsubprocess\.(?:run|Popen|call|check_output)\s*\(\s*\[\s*["'](?:\/bin\/)?(?:ba|z)?sh["']\s*,\s*["']-s["']|\beval\s*\(\s*(?!["'`\d])[\w.$]+(?:\(\))?\s*\)|\bnew\s+Function\s*\((?:\s*["'`][\w$]+["'`]\s*,)*\s*(?!["'`])[\w.$]+\s*\)|\bvm\.(?:run\w*|compileFunction)\s*\(|\bnew\s+vm\.Script\s*\(|(?<![.\w])exec\s*\(\s*(?:compile\s*\(\s*)?(?!["'`])[\w.]+(?:\.(?:read|decode|text|content)(?:\(\))?)*\s*[,)]|(?<![.\w])exec\s*\(\s*(?:compile\s*\(\s*)?(?:\(\s*[\w.]{1,60}(?:\s*\/\s*(?:[\w.]{1,60}|["'][^"'\n]{1,80}["'])){1,4}\s*\)|[\w.]{1,60}|open\s*\([^()\n]{1,160}\))\.read(?:_text|_bytes)?\s*\(\s*(?:["'][\w-]{1,20}["'])?\s*\)(?:\.decode\s*\([^()\n]{0,40}\))?\s*[,)]/g,
);

/** A script that downloads a program, makes it runnable (or starts it detached) and runs it. */
const FETCH_ANY = gated(
  /\b(?:https?\.get|fetch|requests\.get|httpx\.get|urlopen|urlretrieve|axios|got|DownloadFile|DownloadString|Invoke-WebRequest|iwr|Invoke-RestMethod|Start-BitsTransfer|curl|wget)\b|\.get\s*\(\s*["'`]https?:\/\//i,
);
const MAKE_RUNNABLE = gated(
  /\btar\s+-?\w*x\w*|\bunzip\s|S_IEXEC|S_IXUSR|\b0o[75][0-7]{2}\b|\bchmodSync\s*\(|\bchmod\s+\+?[0-7]*x|detached\s*:\s*true|start_new_session\s*=\s*True|-WindowStyle\s+Hidden|CREATE_NO_WINDOW|DETACHED_PROCESS|\bcreationflags\s*=\s*(?:0x0{0,4}8000000|0x0{0,7}8|134217728|8)\b|\.extractall\s*\([^)\n]{0,200}\bpwd\s*=|\bprocess\.execPath\b/i,
);
const RUN_PROGRAM = gated(
  /\bsubprocess\.(?:Popen|run|call)\s*\(|\bos\.(?:system|startfile|exec\w+)\s*\(|\b[\w$]+\.(?:spawn|execFile)\s*\(|(?<![.\w])(?:spawn|execFile)\s*\(|\bStart-Process\b|\bnohup\s|\bopen\s+-g?a?\s*["']?[\w$/.~-]+\.app\b/g,
);

/**
 * Rust (a build script or a tool): an HTTP client crate, or curl/wget spawned, fetches something; the
 * fetched file is marked executable or written out, then run as a program (`Command::new(&dest)`), or the
 * fetched text goes to a shell as its script (`Command::new("sh").arg("-c").arg(body)`).
 */
const RUST_FETCH = gated(
  /\b(?:reqwest|ureq|attohttpc|minreq|isahc|ehttp)::\w|\bcurl::easy\b|\bCommand::new\s*\(\s*"(?:[\w/]{0,40}\/)?(?:curl|wget)(?:\.exe)?"/,
);
const RUST_RUN_FETCHED = gated(
  /\bCommand::new\s*\(\s*&?(?!["&])([\w.]{1,60})\s*\)|\bCommand::new\s*\(\s*"(?:\/(?:usr\/)?bin\/)?(?:ba|z|da)?sh"\s*\)\s*\.(?:arg\s*\(\s*"-c"\s*\)\s*\.arg\s*\(|args\s*\(\s*&?\[\s*"-c"\s*,)\s*&?(?!["&])\w/g,
);
/** Files marked executable (`set_permissions(&p, ...)`) or written (`fs::write(&p, ...)`, `File::create(&p)`). */
const RUST_PREPARED =
  /\b(?:set_permissions|fs::write|File::create)\s*\(\s*&?([\w.]{1,60})|\bfs::copy\s*\([^,)]{1,80},\s*&?([\w.]{1,60})/g;

function rustPreparedFiles(text: string): Set<string> {
  const names = new Set<string>();
  for (const m of text.matchAll(RUST_PREPARED)) names.add(m[1] ?? m[2]);
  return names;
}

function rustDownloadRun(segments: Segment[]): RawHit[] {
  const prepared = new Map<Segment, Set<string>>();
  return sinkWithSources(segments, ['other'], [RUST_FETCH], RUST_RUN_FETCHED, (match, seg) => {
    const program = /^Command::new\s*\(\s*&?([\w.]+)/.exec(match)?.[1];
    if (!program) return true;
    let names = prepared.get(seg);
    if (!names) prepared.set(seg, (names = rustPreparedFiles(seg.text)));
    return names.has(program);
  });
}

/**
 * A checksum check whose failure branch writes a fresh checksum of the file over the expected one
 * (`sha256sum -c SUMS || sha256sum "$BIN" > SUMS`, `if ! shasum -a 256 -c …; then shasum … > …`): any
 * download then "passes". A real check aborts on a mismatch; it never re-learns the sum.
 */
const HASHER = String.raw`\b(?:sha(?:1|224|256|384|512)sum|shasum(?:\s+-a\s*\d{1,3})?|b2sum|md5sum)\b`;
const CHECKSUM_RELEARNED = gated(
  new RegExp(
    [
      String.raw`${HASHER}[^\n|;]{0,60}\s(?:-c|--check)\b[^\n|;]{0,160}\|\|\s*[({]?\s*${HASHER}[^\n|;]{0,200}>(?!&|\s*\/dev\/null)`,
      String.raw`\bif\s+!\s+${HASHER}[^\n;]{0,60}\s(?:-c|--check)\b[^\n;]{0,160}(?:;|\n)\s{0,40}then\s+${HASHER}[^\n|;]{0,200}>(?!&|\s*\/dev\/null)`,
    ].join('|'),
    'g',
  ),
);
const SHELL_FETCH = gated(/\b(?:curl|wget|Invoke-WebRequest|iwr|aria2c)\b/i);

/**
 * Lua (OBS, REAPER, Neovim, game mods): a script that fetches something (curl/wget run through
 * `os.execute`/`io.popen`, LuaSocket `socket.http`/`ssl.https`, lua-curl) and loads Lua from a path or
 * string held in a variable (`dofile(dir .. f)`, `pcall(dofile, p)`, `loadfile(p)`, `loadstring(body)`,
 * `load(body)`, `require(name)`): code pulled from a host at run time, never reviewed.
 */
const LUA_API = gated(/\b(?:os\.execute|io\.popen|socket\.http|ssl\.https|dofile|loadfile|loadstring)\b/);
const LUA_FETCH = gated(
  /\b(?:curl|wget|Invoke-WebRequest|iwr)\b|\bsocket\.http\b|\bssl\.https\b|\bhttp\.request\b|\bcurl\.easy\b|\bcURL\b/,
);
/** What is fetched is Lua: a `.lua` path or URL, or a body loaded as a string. */
const LUA_CODE = gated(/\.lua\b|\bloadstring\s*\(|\bload\s*\(/);
const LUA_LOAD = gated(
  /\b(?:dofile|loadfile)\s*(?:\(\s*(?!["'[)])[\w.:]{1,80}|,)|\bloadstring\s*\(\s*(?!["'[)])[\w.:]{1,80}|(?<![.:\w])load\s*\(\s*(?!["'[)])[\w.:]{1,80}\s*[,)]|(?<![.:\w])require\s*\(\s*(?!["'[)])[\w.:]{1,80}\s*\)/g,
);

/** A non-global copy, for a plain `test` that does not move `lastIndex`. */
const RUN_VARIABLE_ONCE = gated(new RegExp(RUN_VARIABLE.source, RUN_VARIABLE.flags.replace('g', '')));

/** Prose that waives the user's say before something runs. */
const NO_CONSENT =
  /\b(?:do\s+not|don'?t|never|no\s+need\s+to)\s+(?:ask|prompt|check\s+with|wait\s+for|bother|warn|confirm\s+with)\s+(?:(?:the\s+user|users?|them|anyone)(?:\s+(?:to\s+confirm|for\s+(?:confirmation|permission|approval|consent)|first|before)\b|\s*[,.;:]|\s*$)|for\s+(?:confirmation|permission|approval))|\bwithout\s+(?:asking|prompting|confirmation|confirming|(?:the\s+)?user'?s?\s+(?:consent|approval|permission|confirmation))|\bskip\s+(?:the\s+)?(?:confirmation|approval)s?\b|\bno\s+(?:confirmation|approval|permission|prompt)s?\s+(?:is\s+)?(?:needed|required|necessary)\b/gi;

/**
 * Office macros that run by themselves: Word's `AutoExec`/`AutoOpen`/`AutoNew`, `Document_Open`,
 * Excel's `Auto_Open`/`Workbook_Open`, PowerPoint's `Auto_Open`, Outlook's `Application_Startup`.
 */
const AUTORUN_MACRO = gated(
  /\b(?:Auto_?Open|AutoExec|AutoNew|Auto_?Close|Document_(?:Open|New|Close)|Workbook_(?:Open|Activate|BeforeClose)|Application_Startup)\b/i,
);
const AUTORUN_NAMES =
  '(?:Auto_?Open|AutoExec|AutoNew|Auto_?Close|Document_(?:Open|New|Close)|Workbook_(?:Open|Activate|BeforeClose)|Application_Startup)';
/**
 * Such a macro written or specified, not listed: `Sub AutoOpen()`, "Procedure 4 — `AutoExec`", "an
 * `AutoOpen` macro", "a Workbook_Open handler". A triage table of names (`AutoOpen`, `Document_Open`
 * | runs on open) names none.
 */
const AUTORUN_DEFINED = new RegExp(
  String.raw`\bSub[ \t]{1,4}${AUTORUN_NAMES}\b|\b(?:procedure|macro|sub(?:routine)?|handler)\b[^\n.]{0,20}?[\x60"'*]{0,2}${AUTORUN_NAMES}\b|\b${AUTORUN_NAMES}[\x60"'*]{0,2}[ \t]{0,3}(?:\([ \t]{0,2}\)[ \t]{0,2})?(?:procedure|macro|sub(?:routine)?|handler|event)\b`,
  'i',
);
/** A macro downloading a file: MSXML/WinHTTP objects, `URLDownloadToFile`, the response body saved with an ADODB stream. */
const MACRO_FETCH =
  /\b(?:Server)?XMLHTTP\b|\bMSXML2\b|\bWinHttp\.?WinHttpRequest\b|\bURLDownloadToFile\w{0,2}\b|\bresponseBody\b|\bADODB[. ]Stream\b|\bSaveToFile\b|\bInternetOpenUrl\w{0,2}\b|\bDownloadFile\s{0,4}\(|\bbitsadmin\b|\bcertutil\b[^\n]{0,40}-urlcache/i;
/**
 * A macro starting a program: VBA `Shell`, `WScript.Shell`, `ShellExecute`, WMI process creation, or a
 * script host and living-off-the-land runner named as the program (`wscript.exe //E:jscript file`).
 */
const MACRO_RUN =
  /\bShell\s{0,4}\(|\bShell\s{1,4}"|\bShell\s{1,4}\w{1,40}\s{0,4}(?:,|&|$)|\bWScript\.Shell\b|\bShellExecute\w{0,2}\b|\bWin32_Process\b|\bCreateProcess\w{0,2}\b|\b[wc]script(?:\.exe)?\b|\bmshta(?:\.exe)?\b|\brundll32(?:\.exe)?\b|\bregsvr32(?:\.exe)?\b|\bpowershell(?:\.exe)?\b|\/\/E:\w{2,20}\b/m;
/** The run kept out of sight or a file forced through a script engine whatever its extension. */
const MACRO_RUN_HIDDEN =
  /\/\/E:\w{2,20}\b|\/\/B\b|\bvbHide\b|\bwindow\s+style\s+(?:0|hidden)\b|\bhidden\s+window\b/i;
/** The skill is about Office macros (so `Shell` is VBA's, not a word of prose). */
const OFFICE_MACRO =
  /\b(?:VBA|macros?|\.bas|\.docm|\.xlsm|\.dotm|Normal\.dotm|PERSONAL\.XLSB|Visual Basic)\b/i;
/** VBA modules, classes and forms, and macro-enabled documents kept as text. */
const MACRO_FILE = /\.(?:bas|cls|frm|vba|vbs|docm|dotm|xlsm|xltm|pptm)$/i;
const MAX_MACRO_FILE = 1024 * 1024;

/**
 * An Office macro that runs when the document or the application opens and downloads a file and
 * starts a program: in a VBA module, or described step by step for the agent to write (a spec the
 * agent must translate "one-to-one"). CRITICAL when the run is hidden or forces a script engine.
 */
function autorunMacroDroppers({ files }: { files: { path: string; text: string }[] }): RawHit[] {
  // The auto-run name is the rare part: test it before reading every file for macro words.
  const autoruns = files.filter((file) => testFile(AUTORUN_MACRO, file));
  if (autoruns.length === 0) return [];
  const macros = files.some(
    (f) => MACRO_FILE.test(f.path) || OFFICE_MACRO.test(f.text.slice(0, MAX_MACRO_FILE)),
  );
  if (!macros) return [];
  const hits: RawHit[] = [];
  for (const file of autoruns) {
    const text = file.text.slice(0, MAX_MACRO_FILE);
    if (!AUTORUN_DEFINED.test(text) || !MACRO_FETCH.test(text)) continue;
    const run = MACRO_RUN.exec(text);
    if (!run) continue;
    const line = lineIndexOf(lineStarts(text), run.index);
    hits.push({
      file: file.path,
      line: line + 1,
      evidence: clean(text.slice(lineStarts(text)[line], text.indexOf('\n', run.index) >>> 0)),
      severity: MACRO_RUN_HIDDEN.test(text) ? 'CRITICAL' : 'HIGH',
    });
  }
  return hits;
}

/**
 * A download-and-run line assembled from data: a string template pipes into a placeholder
 * (`f'{tool} {flags} "{src}" | {cfg["runner"]}'`, `` `${fetch} ${url} | ${run}` ``, `"#{dl} | #{sh}"`,
 * `"$FETCH $URL | $RUNNER"`) whose key a file of the skill binds to a shell (`runner = "sh"`,
 * `runner: bash`), while the skill's code or data names a downloader (`"curl"`, `tools = ["wget"]`).
 * No literal `curl … | sh` is ever written, but the generated script is one.
 */
const PIPE_INTO_PLACEHOLDER = gated(
  /\|[ \t]{0,4}(?:\{([^{}\n]{1,80})\}|\$\{([^{}\n]{1,80})\}|#\{([^{}\n]{1,80})\}|\$([A-Za-z_]\w{0,40}))/g,
);
/** The stage before that pipe starts with a placeholder: the command itself comes from data. */
const STAGE_FROM_PLACEHOLDER =
  /(?:^|[;&|(`'"{]|\$\()[ \t]{0,4}(?:\{[^{}\n]{1,80}\}|\$\{?[A-Za-z_]\w{0,40}\}?|#\{[^{}\n]{1,80}\})[^|;&\n]{0,300}$/;
const MAX_STAGE = 400;
const MAX_PIPES = 500;
/** A downloader named as a value: a quoted string, a list element or a setting (`tools = ["curl"]`, `fetch: wget`). */
const DOWNLOADER_VALUE = /["'`](?:curl|wget|aria2c)["'`]|[:=][ \t]{0,4}(?:curl|wget|aria2c)\b/;
const MAX_PIPED_KEYS = 8;

/** The key a placeholder reads: `cfg["runner"]` → `runner`, `f.get('runner')` → `runner`, `RUNNER` → `RUNNER`. */
function placeholderKey(expr: string): string | null {
  const words = expr.match(/[A-Za-z_]\w{0,40}/g);
  if (!words) return null;
  const last = words[words.length - 1];
  return last === 'get' || last === 'fetch' ? null : last;
}

function bindsToShell(text: string, key: string): boolean {
  return new RegExp(
    `(?<![\\w.-])["']?${key}["']?[ \\t]{0,4}(?:[:=]|:-)[ \\t]{0,4}["']?(?:(?:\\/usr)?\\/bin\\/)?(?:ba|z|da|k)?sh["']?[ \\t]{0,4}(?:[,;}\\])#]|$)`,
    'm',
  ).test(text);
}

function assembledFetchRun({ segments, files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  let downloader: boolean | undefined;
  const shellKeys = new Map<string, boolean>();
  const data = () => files.filter((f) => !/\.(?:md|markdown|mdx|txt)$/i.test(f.path));
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang === 'json' || seg.lang === 'yaml') continue;
    if (!mayMatch(PIPE_INTO_PLACEHOLDER, seg)) continue;
    let keys = 0;
    let pipes = 0;
    for (const m of seg.text.matchAll(PIPE_INTO_PLACEHOLDER)) {
      if (++pipes > MAX_PIPES) break;
      const before = seg.text.slice(Math.max(0, m.index - MAX_STAGE), m.index);
      const stage = before.slice(before.lastIndexOf('\n') + 1);
      if (!STAGE_FROM_PLACEHOLDER.test(stage)) continue;
      if (++keys > MAX_PIPED_KEYS) break;
      const key = placeholderKey(m[1] ?? m[2] ?? m[3] ?? m[4] ?? '');
      if (!key) continue;
      let shell = shellKeys.get(key);
      if (shell === undefined) {
        shell = data().some((f) => bindsToShell(f.text, key));
        shellKeys.set(key, shell);
      }
      if (!shell) continue;
      const starts = lineStarts(seg.text);
      const line = lineIndexOf(starts, m.index);
      const lineText = seg.text.slice(starts[line], seg.text.indexOf('\n', m.index) >>> 0);
      downloader ??= data().some((f) => DOWNLOADER_VALUE.test(f.text));
      if (!downloader && !/\b(?:curl|wget|aria2c)\b/.test(lineText)) continue;
      out.push({ file: seg.file, line: fileLineOf(seg, line), evidence: clean(lineText), depth: seg.depth });
      break;
    }
  }
  return out;
}

/**
 * Workflow files kept under names no reader knows (a `Snakefile`, `rules/*.smk`, Nextflow `.nf`, WDL,
 * CWL): read whole by SG-DROPPER-017, as code segments are.
 */
const WORKFLOW_FILE = /(?:^|\/)(?:Snakefile|nextflow\.config)$|\.(?:smk|snakefile|snakemake|nf|wdl|cwl)$/i;
const URL = String.raw`((?:https?|ftp):\/\/[^\s"'<>]{1,400})`;
/**
 * Code loaded from a URL by a workflow manager or a research language: a Snakemake `module` whose
 * `snakefile:` (or a `wrapper:`, `script:`, `notebook:`, `include:`) is a URL or a `github(…)` source,
 * a Nextflow `include { … } from 'https://…'`, a WDL `import "https://…"`, a CWL `run: https://…`, R
 * `source("https://…")`/`source(url(…))`/`source_url(…)`/`eval(parse(text = getURL(…)))`, Julia
 * `include(download(…))`, MATLAB/Octave `eval(webread(…))`.
 */
const REMOTE_LOAD = gated(
  new RegExp(
    [
      String.raw`^[ \t]{0,40}(?:snakefile|wrapper|notebook)[ \t]{0,4}:[ \t]{0,4}(?:\r?\n[ \t]{0,40})?(?:["']${URL}|((?:github|gitlab)[ \t]{0,4}\([^)\n]{0,400}\)))`,
      String.raw`^[ \t]{0,40}(?:include|script)[ \t]{0,4}:[ \t]{0,4}(?:\r?\n[ \t]{0,40})?["']${URL}`,
      String.raw`\binclude[ \t]{0,4}\{[^{}\n]{0,200}\}[ \t]{0,4}from[ \t]{0,4}["']${URL}`,
      String.raw`^[ \t]{0,40}import[ \t]{1,4}["']${URL}[^\n]{0,200}?[ \t]as[ \t]`,
      String.raw`^[ \t]{0,40}run[ \t]{0,4}:[ \t]{0,4}["']?${URL}`,
      String.raw`(?<![\w.$])(?:sys\.)?source[ \t]{0,4}\([ \t]{0,4}(?:file[ \t]{0,4}=[ \t]{0,4})?(?:["']${URL}|url[ \t]{0,4}\()`,
      String.raw`(?<![\w$])(?:source_url|source_gist)[ \t]{0,4}\([ \t]{0,4}(?:["']${URL})?`,
      String.raw`\beval[ \t]{0,4}\([ \t]{0,4}parse[ \t]{0,4}\([ \t]{0,4}(?:text[ \t]{0,4}=[ \t]{0,4})?(?:[\w.]{1,20}::)?(?:url|getURL|GET|content|readLines[ \t]{0,4}\([ \t]{0,4}(?:url[ \t]{0,4}\(|["'](?:https?|ftp):))`,
      String.raw`\binclude[ \t]{0,4}\([ \t]{0,4}(?:[\w.]{1,20}\.)?download[ \t]{0,4}\(`,
      String.raw`\b(?:eval|evalc|evalin)[ \t]{0,4}\([^;\n]{0,40}?\b(?:webread|urlread2?)[ \t]{0,4}\(`,
    ].join('|'),
    'gm',
  ),
);
/** Julia: a download (`download`, `Downloads.download`, HTTP.jl) and code run from text (`include_string`, `eval(Meta.parse(…))`). */
const JULIA_FETCH = gated(/\b(?:download|HTTP\.(?:get|request|post))[ \t]{0,4}\(/);
const JULIA_RUN_TEXT = gated(
  /\binclude_string[ \t]{0,4}\(|\beval[ \t]{0,4}\([ \t]{0,4}(?:Main[ \t]{0,4},[ \t]{0,4})?Meta\.parse(?:all)?[ \t]{0,4}\(/g,
);
/** MATLAB/Octave: a web read or saved download, and a variable evaluated or a saved script run. */
const MATLAB_FETCH = gated(/\b(?:webread|urlread2?|websave|urlwrite)[ \t]{0,4}\(/);
const MATLAB_RUN_VARIABLE = gated(
  /(?<![\w.])(?:eval|evalc|evalin|run)[ \t]{0,4}\([ \t]{0,4}(?:'(?:base|caller)'[ \t]{0,4},[ \t]{0,4})?(?!['"])[A-Za-z]\w{0,40}[ \t]{0,4}[,)]/g,
);
/** A release tag or commit on a code forge: a fixed, reviewable revision rather than a moving file. */
const FORGE_PINNED =
  /^https:\/\/(?:raw\.githubusercontent\.com\/[\w.-]{1,100}\/[\w.-]{1,100}\/|(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org)\/[\w.-]{1,100}\/[\w.-]{1,100}\/(?:-\/)?raw\/)(?:[0-9a-f]{40}|v?\d{1,4}(?:\.\d{1,4}){1,3})\//i;
const MAX_REMOTE_LOADS = 20;
const CWL_DOCUMENT = /\bcwlVersion[ \t]{0,4}:/;

/** How much a URL a workflow loads code from says about it. */
function remoteLoadSeverity(
  url: string | undefined,
  helper: string | undefined,
  identity: string,
): Severity | null {
  if (helper) {
    // Snakemake's github()/gitlab() sources: a tag or commit pins them; a branch moves.
    if (/\b(?:tag|commit)[ \t]{0,4}=/.test(helper)) return null;
    return 'MEDIUM';
  }
  if (!url) return 'HIGH';
  const ip = ipHost(url);
  if (ip && isPublicIp(ip)) return 'CRITICAL';
  if (/^(?:http|ftp):\/\/(?!localhost|127\.)/i.test(url)) return 'CRITICAL';
  if (/^(?:https?|ftp):\/\/(?:localhost|127\.)/i.test(url)) return null;
  if (FORGE_PINNED.test(url) || isVendorsInstallHost(url, identity)) return 'MEDIUM';
  return 'HIGH';
}

/** The text before a match on its line opens a comment (`#`, `%`, `//`). */
function commentedOut(text: string, at: number): boolean {
  const before = text.slice(text.lastIndexOf('\n', at - 1) + 1, at);
  return /^[ \t]{0,200}(?:#|%|\/\/)/.test(before);
}

function remoteLoadsIn(seg: Segment, identity: string): RawHit[] {
  let best: { severity: Severity; at: number } | null = null;
  // A YAML or JSON config's `include:` of a URL (a GitLab CI template) is configuration, not a directive.
  if (seg.lang !== 'yaml' && seg.lang !== 'json' && mayMatch(REMOTE_LOAD, seg)) {
    let n = 0;
    // matchAll starts where a test of the shared regex left off.
    REMOTE_LOAD.lastIndex = 0;
    for (const m of seg.text.matchAll(REMOTE_LOAD)) {
      if (++n > MAX_REMOTE_LOADS) break;
      if (commentedOut(seg.text, m.index)) continue;
      // An ES module import from a URL (Deno) is the language's own way to load packages; `run:` is
      // CWL's only in a CWL document.
      if (/^\s*import\b/.test(m[0]) && seg.lang === 'js') continue;
      if (m[6] !== undefined && !CWL_DOCUMENT.test(seg.text)) continue;
      const url = m.slice(1).find((g, i) => g !== undefined && i !== 1);
      const severity = remoteLoadSeverity(url, m[2], identity);
      if (severity && (!best || severityRank(severity) > severityRank(best.severity)))
        best = { severity, at: m.index + m[0].search(/\S/) };
    }
  }
  const out: RawHit[] = [];
  if (best) {
    const line = fileLineOf(seg, lineIndexOf(lineStarts(seg.text), best.at));
    out.push({
      file: seg.file,
      line,
      evidence: evidenceAround(seg.text, best.at, best.at + 1),
      severity: best.severity,
      depth: seg.depth,
    });
    return out;
  }
  if (seg.lang !== 'other' && seg.kind !== 'decoded') return out;
  for (const [needs, sink] of [
    [[JULIA_FETCH], JULIA_RUN_TEXT],
    [[MATLAB_FETCH], MATLAB_RUN_VARIABLE],
  ] as const) {
    const hits = sinkWithSources([seg], ['other'], [...needs], sink);
    if (hits.length > 0) return hits;
  }
  return out;
}

function remoteCodeLoads({ segments, files, ctx }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    out.push(...remoteLoadsIn(seg, ctx.identity));
  }
  for (const file of files) {
    // Source files of known languages are code segments already.
    if (!WORKFLOW_FILE.test(file.path) || isOtherSource(file.path)) continue;
    if (!testFile(REMOTE_LOAD, file)) continue;
    const seg = newSegment({
      file: file.path,
      kind: 'code',
      lang: 'other',
      text: file.text,
      line: 1,
      block: file.path,
      depth: 0,
    });
    out.push(...remoteLoadsIn(seg, ctx.identity));
  }
  return out;
}

/**
 * Network operating systems that run a script or configuration fetched from a URL: RouterOS
 * (`/tool fetch … dst-path=x.rsc` then `/import x.rsc`, or the fetched text run with `:parse` /
 * `:execute`), Junos (`op url http://…`, `request system scripts … refresh-from http://…`, a script
 * file with `source http://…`) and Cisco IOS (`tclsh http://…`). The device runs whatever the host
 * serves, with the script's policy (often full).
 */
const ROS_FETCH = gated(/\btool\s{1,4}fetch\b/gi);
/** A fetch's arguments, RouterOS line continuations (`\` at the end of a line) included. */
const ROS_FETCH_ARGS = /^(?:[^\n\\;}\]]|\\[^\n]|\\\n){0,800}/;
const ROS_DST = /\bdst-path=(?:\\?"((?:[^"\\\n]|\\[^"\n]){1,200})\\?"|([^\s"\\;}\]]{1,200}))/;
const ROS_URL = /\burl=(?:\\?"((?:[^"\\\n]|\\[^"\n]){1,400})\\?"|([^\s"\\;}\]()]{1,400}))/;
const ROS_IMPORT = gated(
  /\/import\s{1,4}(?:file-name=|file=)?(?:\\?"([^"\\\n]{1,200})\\?"|([^\s"\\;}\]]{1,200}))/gi,
);
/**
 * The fetched text kept in a variable (`:local d ([/tool fetch url=… output=user as-value]->"data")`), then
 * parsed, executed or made a script's source.
 */
const ROS_FETCH_VAR =
  /:(?:local|set|global)\s{1,4}(\w{1,60})\s{1,4}\(?\s{0,4}\[\s{0,4}\/tool\s{1,4}fetch\b/gi;
const ROS_RUN_TEXT =
  /(?::parse|:execute\s{1,4}(?:script=)?|\bsource=)\s{0,4}\(?\s{0,4}(?:\$(\w{1,60})|\[\s{0,4}\/tool\s{1,4}fetch\b|\(\s{0,4}\[\s{0,4}\/tool\s{1,4}fetch\b)/gi;
const NETOS_REMOTE_SCRIPT = gated(
  /\bop\s{1,4}url\s{1,4}["']?(?:https?|ftp|tftp|scp):\/\/|\brefresh-from\s{1,4}["']?(?:https?|ftp|tftp|scp):\/\/|\bscripts\s{1,4}(?:op|commit|event)\s{1,4}file\s{1,4}[\w.-]{1,100}\s{1,4}source\s{1,4}["']?(?:https?|ftp|tftp|scp):\/\/|\btclsh\s{1,4}(?:https?|ftp|tftp|scp):\/\//gi,
);

function baseName(path: string): string {
  const p = path.replace(/\\/g, '');
  return p.slice(p.lastIndexOf('/') + 1).toLowerCase();
}

function netOsHit(seg: Segment, index: number, end: number): RawHit {
  return {
    file: seg.file,
    line: fileLineOf(seg, lineIndexOf(lineStarts(seg.text), index)),
    evidence: evidenceAround(seg.text, index, end),
    depth: seg.depth,
  };
}

/** Where a network OS script runs what it fetched: one hit per segment. */
function networkOsRemoteScripts({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' && seg.kind !== 'decoded') continue;
    NETOS_REMOTE_SCRIPT.lastIndex = 0;
    const direct = mayMatch(NETOS_REMOTE_SCRIPT, seg) ? NETOS_REMOTE_SCRIPT.exec(seg.text) : null;
    if (direct) {
      out.push(netOsHit(seg, direct.index, direct.index + direct[0].length));
      continue;
    }
    if (!mayMatch(ROS_FETCH, seg)) continue;
    const hit = routerOsFetchRun(seg);
    if (hit) out.push(hit);
  }
  return out;
}

function routerOsFetchRun(seg: Segment): RawHit | null {
  const text = seg.text;
  const fetched = new Set<string>();
  ROS_FETCH.lastIndex = 0;
  for (let m = ROS_FETCH.exec(text); m !== null && fetched.size < 40; m = ROS_FETCH.exec(text)) {
    const args = ROS_FETCH_ARGS.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 1000))![0];
    // Without dst-path the file is saved under the URL's last path segment.
    const dst = ROS_DST.exec(args) ?? ROS_URL.exec(args);
    if (dst) fetched.add(baseName((dst[1] ?? dst[2]).replace(/[?#].*$/, '')));
  }
  if (fetched.size > 0 && mayMatch(ROS_IMPORT, seg)) {
    ROS_IMPORT.lastIndex = 0;
    for (let m = ROS_IMPORT.exec(text); m !== null; m = ROS_IMPORT.exec(text))
      if (fetched.has(baseName(m[1] ?? m[2]))) return netOsHit(seg, m.index, m.index + m[0].length);
  }
  const vars = new Set<string>();
  ROS_FETCH_VAR.lastIndex = 0;
  for (let m = ROS_FETCH_VAR.exec(text); m !== null && vars.size < 40; m = ROS_FETCH_VAR.exec(text))
    vars.add(m[1].toLowerCase());
  ROS_RUN_TEXT.lastIndex = 0;
  for (let m = ROS_RUN_TEXT.exec(text); m !== null; m = ROS_RUN_TEXT.exec(text))
    if (m[1] === undefined || vars.has(m[1].toLowerCase()))
      return netOsHit(seg, m.index, m.index + m[0].length);
  return null;
}

/**
 * A device script that saves a download to a file and then runs that file as a program: BrightScript
 * `xfer.GetToFile("SD:/x.brs")` / `AsyncGetToFile` followed by `Run("SD:/x.brs")` or
 * `Eval(ReadAsciiFile(path))`, .NET `DownloadFile(url, path)` or Python `urlretrieve(url, path)`
 * followed by a `Run`/`Eval`/`dofile`/`run_path`/`execfile` of the same path (a literal or a
 * variable). Media saved and played (never run) is not this.
 */
const SAVE_TO_FILE = gated(
  /\b(?:(?:Async)?GetToFile|urlretrieve|DownloadFile(?:Async|TaskAsync)?)[ \t]{0,4}\((?:[^,()\n]{1,300},)?[ \t]{0,4}@?("[^"\n]{1,200}"|'[^'\n]{1,200}'|[A-Za-z_]\w{0,40})[ \t]{0,4}[,)]/gi,
);
const RUN_SAVED_FILE =
  /\b(?:Run|Eval|dofile|loadfile|run_path|execfile|RunScript)[ \t]{0,4}\([ \t]{0,4}(?:(?:ReadAsciiFile|ReadAllText|open)[ \t]{0,4}\([ \t]{0,4})?("[^"\n]{1,200}"|'[^'\n]{1,200}'|[A-Za-z_]\w{0,40})[ \t]{0,4}[,)]/gi;
const MAX_SAVED_FILES = 40;

function savedFileKey(word: string): string {
  return word.replace(/^["']|["']$/g, '').toLowerCase();
}

function savedFileRuns({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || !mayMatch(SAVE_TO_FILE, seg)) continue;
    const saved = new Set<string>();
    SAVE_TO_FILE.lastIndex = 0;
    for (
      let m = SAVE_TO_FILE.exec(seg.text);
      m !== null && saved.size < MAX_SAVED_FILES;
      m = SAVE_TO_FILE.exec(seg.text)
    )
      saved.add(savedFileKey(m[1]));
    if (saved.size === 0) continue;
    RUN_SAVED_FILE.lastIndex = 0;
    for (let m = RUN_SAVED_FILE.exec(seg.text); m !== null; m = RUN_SAVED_FILE.exec(seg.text)) {
      if (!saved.has(savedFileKey(m[1]))) continue;
      out.push(netOsHit(seg, m.index, m.index + m[0].length));
      break;
    }
  }
  return out;
}

/**
 * AutoLISP / Visual LISP (`acaddoc.lsp`, `acad.lsp`, a menu's `.mnl`): a routine that fetches text over
 * HTTP through a COM client (`vlax-create-object "MSXML2.ServerXMLHTTP"`, WinHTTP), or copies a file
 * from a URL or a network share (`vl-file-copy "\\\\host\\x.lsp" tmp`), and then runs it: `(load tmp)`
 * of the file it wrote (`(open tmp "w")`, an ADODB stream's `SaveToFile tmp`, the copy's target), or
 * `(eval (read body))` of the text itself. CAD loads these files with every drawing, so whatever the
 * server serves runs in every session. A version check that only compares the text runs nothing.
 */
const LISP_FILE = /\.(?:lsp|mnl)$/i;
/** Files CAD loads by itself: `acad.lsp`, `acaddoc.lsp`, `acad2024doc.lsp`, a menu's `.mnl`. */
const LISP_AUTOLOAD_FILE = /(?:^|\/)acad(?:\d{4})?(?:doc)?\.lsp$|\.mnl$/i;
const LISP_SYMBOL = String.raw`([^\s()"';]{1,60}|"[^"\n]{1,300}")`;
const LISP_HTTP_CLIENT =
  /\(\s{0,4}vlax-(?:get-or-)?create-object\s{1,4}"(?:MSXML2\.(?:Server)?XMLHTTP|Microsoft\.XMLHTTP|WinHttp\.WinHttpRequest)\b/i;
const LISP_REMOTE_COPY = new RegExp(
  String.raw`\(\s{0,4}vl-file-copy\s{1,4}"(?:\\\\\\\\|(?:https?|ftp):)[^"\n]{0,300}"\s{1,4}` + LISP_SYMBOL,
  'gi',
);
const LISP_WRITTEN = new RegExp(
  String.raw`\(\s{0,4}open\s{1,4}` +
    LISP_SYMBOL +
    String.raw`\s{1,4}"[wa]"|['"]SaveToFile"?\s{1,4}` +
    LISP_SYMBOL,
  'gi',
);
const LISP_LOAD = new RegExp(String.raw`\(\s{0,4}load\s{1,4}` + LISP_SYMBOL, 'gi');
const LISP_EVAL_READ = /\(\s{0,4}eval\s{1,4}\(\s{0,4}read\b/gi;
const MAX_LISP_FILE = 1024 * 1024;
const MAX_LISP_WRITES = 40;

function lispKey(word: string): string {
  return word.replace(/^"|"$/g, '').toLowerCase();
}

function lispFetchedLoads({ segments }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.block !== seg.file || !LISP_FILE.test(seg.file)) continue;
    const text = seg.text.slice(0, MAX_LISP_FILE);
    const http = LISP_HTTP_CLIENT.test(text);
    const written = new Set<string>();
    LISP_REMOTE_COPY.lastIndex = 0;
    for (
      let m = LISP_REMOTE_COPY.exec(text);
      m && written.size < MAX_LISP_WRITES;
      m = LISP_REMOTE_COPY.exec(text)
    )
      written.add(lispKey(m[1]));
    if (!http && written.size === 0) continue;
    if (http) {
      LISP_WRITTEN.lastIndex = 0;
      for (let m = LISP_WRITTEN.exec(text); m && written.size < MAX_LISP_WRITES; m = LISP_WRITTEN.exec(text))
        written.add(lispKey(m[1] ?? m[2]));
    }
    let at: RegExpExecArray | null = null;
    LISP_LOAD.lastIndex = 0;
    for (let m = LISP_LOAD.exec(text); m; m = LISP_LOAD.exec(text))
      if (written.has(lispKey(m[1]))) {
        at = m;
        break;
      }
    if (!at && http) {
      LISP_EVAL_READ.lastIndex = 0;
      at = LISP_EVAL_READ.exec(text);
    }
    if (!at) continue;
    out.push({
      file: seg.file,
      line: fileLineOf(seg, lineIndexOf(lineStarts(text), at.index)),
      evidence: evidenceAround(text, at.index, at.index + at[0].length),
      severity: LISP_AUTOLOAD_FILE.test(seg.file) ? 'CRITICAL' : 'HIGH',
      depth: seg.depth,
    });
  }
  return out;
}

/**
 * A shell script that saves a download to a path (`curl -o "$bin" URL`, `wget -O "$bin"`, `curl … >
 * "$bin"`), marks that path executable (`chmod +x "$bin"`) and runs it as a command (`"$bin" sync`,
 * `exec "$bin"`, `out=$("$bin" lookup)`), with the three steps on separate lines, in separate functions
 * or behind line continuations: SG-DROPPER-006 spread over a script. The path is followed by name
 * (`${bin}`, `"$bin"` and `$bin` are one path).
 */
const SAVED_FETCH_GATE = gated(/\b(?:curl|wget)\b/);
const CHMOD_GATE = gated(/\bchmod\b/);
const MAX_SAVED = 32;
const MAX_SCRIPT_LINES = 20000;
/** Longer lines are read up to here: a command and its arguments, not a megabyte of them. */
const MAX_LOGICAL_LINE = 4096;
const MAX_PER_LINE = 16;
/** `-o FILE`, `-fsSLo FILE`, `--output FILE` (curl), `-O FILE`, `-qO FILE`, `--output-document=FILE` (wget). */
const CURL_OUTPUT =
  /(?:^|[ \t])(?:-[A-Za-z]{0,12}o[ \t]{0,4}|--output(?:[ \t]{1,4}|=))([^\s;&|<>()]{1,300})/g;
const WGET_OUTPUT =
  /(?:^|[ \t])(?:-[A-Za-z]{0,12}O[ \t]{0,4}|--output-document(?:[ \t]{1,4}|=))([^\s;&|<>()]{1,300})/g;
const REDIRECT_OUTPUT = /(?<![\d&>])>[ \t]{0,4}([^\s;&|<>()]{1,300})/g;
const CHMOD_ARGS =
  /\bchmod[ \t]{1,4}(?:-[A-Za-z]{1,4}[ \t]{1,4}){0,3}([ugoa]{0,3}\+[rwxXst]{0,4}|0?[0-7]{3})[ \t]{1,4}([^;&|\n]{1,600})/g;
/** Where a word is a command: a line start, after an operator, a substitution or a prefix word. */
const COMMAND_LEAD = String.raw`(?:^|[;&|({\x60]|\$\(|\b(?:then|do|else|exec|nohup|sudo|setsid|time|command|timeout[ \t]{1,4}\d{1,6}[smh]?)[ \t])[ \t]{0,40}`;
/** A shell or script interpreter given a file to run (`bash -x`, `sh`, `source`, `.`, `python3`, `perl`). */
const INTERPRETER = String.raw`(?:(?:ba|z|da|k)?sh|source|\.|python[23]?(?:\.\d{1,2})?|perl|ruby|node)[ \t]{1,4}(?:-[A-Za-z]{1,4}[ \t]{1,4}){0,3}`;
/** A check of the saved file (checksum or signature), not an unverified run. */
const VERIFIED =
  /\b(?:sha(?:1|224|256|384|512)sum|shasum|b2sum|md5sum|openssl[ \t]{1,4}dgst|gpg[ \t]{1,4}(?:--batch[ \t]{1,4})?--verify|cosign[ \t]{1,4}verify\w{0,10}|minisign[ \t]{1,4}-V|slsa-verifier|gh[ \t]{1,4}attestation[ \t]{1,4}verify)\b/;

/** `"${bin}"`, `$bin`, `'./tool'` → one spelling: braces and quotes dropped, `./` kept apart. */
function shellWord(word: string): string {
  return word
    .replace(/\$\{([A-Za-z_]\w{0,63})\}/g, '$$$1')
    .replace(/["']/g, '')
    .replace(/^\.\//, '');
}

/** Logical lines: a line ending in a backslash goes on with the next; each keeps its first line's index. */
function logicalLines(text: string): { text: string; line: number }[] {
  const lines = linesOf(text);
  const out: { text: string; line: number }[] = [];
  const n = Math.min(lines.length, MAX_SCRIPT_LINES);
  for (let i = 0; i < n; i++) {
    const first = i;
    let part = lines[i].slice(0, MAX_LOGICAL_LINE);
    const parts: string[] = [];
    let length = 0;
    while (part.endsWith('\\') && i + 1 < n && length < MAX_LOGICAL_LINE) {
      parts.push(part.slice(0, -1));
      length += part.length;
      part = lines[++i].slice(0, MAX_LOGICAL_LINE);
    }
    parts.push(part);
    out.push({ text: parts.join(' ').slice(0, MAX_LOGICAL_LINE), line: first });
  }
  return out;
}

/** The paths a fetch line saves to (not stdout, not /dev/null). */
function savedPaths(line: string): string[] {
  const out: string[] = [];
  const add = (w: string) => {
    if (out.length >= MAX_PER_LINE) return;
    const p = shellWord(w);
    if (p && p !== '-' && !p.startsWith('/dev/') && !p.startsWith('&')) out.push(p);
  };
  if (/\bcurl\b/.test(line)) for (const m of line.matchAll(CURL_OUTPUT)) add(m[1]);
  if (/\bwget\b/.test(line)) for (const m of line.matchAll(WGET_OUTPUT)) add(m[1]);
  for (const m of line.matchAll(REDIRECT_OUTPUT)) add(m[1]);
  return out;
}

/** A chmod mode that lets the owner run the file: `+x`, `u+x`, `a+rx`, `755`, `0700`. */
function makesRunnable(mode: string): boolean {
  if (mode.includes('+')) return /[xX]/.test(mode);
  const digits = mode.length === 4 ? mode.slice(1) : mode;
  return (Number(digits[0]) & 1) === 1;
}

/** `NAME=value` lines of the script: a URL kept in a variable is judged by its value. */
function assignedValues(text: string, line: string): string {
  const values: string[] = [];
  let looked = 0;
  for (const v of line.matchAll(/\$\{?([A-Za-z_]\w{0,63})/g)) {
    if (++looked > 4) break;
    const m = new RegExp(
      `(?:^|[\\s;])(?:local[ \\t]{1,4}|export[ \\t]{1,4}|readonly[ \\t]{1,4})?${v[1]}=([^\\n]{1,400})`,
      'm',
    ).exec(text);
    if (m) values.push(m[1]);
  }
  return values.join(' ');
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function savedFetchRuns({ segments, ctx }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'code' || seg.lang !== 'shell') continue;
    if (!testSegment(SAVED_FETCH_GATE, seg)) continue;
    // A checksum or signature check of the download is the reviewable form: not flagged here.
    if (VERIFIED.test(seg.text)) continue;
    const lines = logicalLines(seg.text);
    const saved = new Map<string, number>();
    for (let i = 0; i < lines.length && saved.size < MAX_SAVED; i++)
      if (/\b(?:curl|wget)\b/.test(lines[i].text))
        for (const p of savedPaths(lines[i].text)) if (!saved.has(p)) saved.set(p, i);
    if (saved.size === 0) continue;
    const runnable = new Set<string>();
    for (const { text } of lines) {
      if (!text.includes('chmod') || !testSegment(CHMOD_GATE, seg)) continue;
      let chmods = 0;
      for (const m of text.matchAll(CHMOD_ARGS)) {
        if (++chmods > MAX_PER_LINE) break;
        if (!makesRunnable(m[1])) continue;
        for (const w of m[2].split(/[ \t]+/, MAX_PER_LINE)) {
          const p = shellWord(w);
          if (saved.has(p)) runnable.add(p);
        }
      }
    }
    // Handed to an interpreter (`bash "$f"`, `. "$f"`), the saved file runs without being made executable.
    const names = [...saved.keys()].map(escapeRe).join('|');
    const interpreted = new RegExp(
      `${COMMAND_LEAD}${INTERPRETER}((?:\\.\\/)?(?:${names}))(?=[ \\t;&|)\\x60]|$)`,
    );
    const run =
      runnable.size === 0
        ? null
        : new RegExp(
            `${COMMAND_LEAD}((?:\\.\\/)?(?:${[...runnable].map(escapeRe).join('|')}))(?=[ \\t;&|)\\x60]|$)`,
          );
    let hit: RawHit | null = null;
    const judged = new Map<number, Severity>();
    for (const { text } of lines) {
      if (/\b(?:curl|wget|chmod)\b/.test(text) && !/[;&|]/.test(text)) continue;
      const words = text.replace(/\$\{([A-Za-z_]\w{0,63})\}/g, '$$$1').replace(/["']/g, '');
      const direct = run?.exec(words);
      // A bare name is looked up on PATH: only a path or a variable is the saved file.
      const m = direct && /[/$]/.test(direct[1]) ? direct : interpreted.exec(words);
      if (!m) continue;
      const at = saved.get(shellWord(m[1]));
      if (at === undefined || judged.has(at)) continue;
      const fetch = lines[at];
      const match = `${fetch.text} ${assignedValues(seg.text, fetch.text)}`;
      const severity = fetchedExecSeverity(
        { segment: seg, match, lineText: fetch.text, lineIndex: fetch.line },
        ctx,
      );
      judged.set(at, severity);
      if (hit && severityRank(severity) <= severityRank(hit.severity!)) continue;
      hit = {
        file: seg.file,
        line: fileLineOf(seg, fetch.line),
        evidence: clean(fetch.text),
        severity,
        depth: seg.depth,
      };
    }
    if (hit) out.push(hit);
  }
  return out;
}

/**
 * PowerShell: a download kept in a variable (`$s = (New-Object Net.WebClient).DownloadString(u)`,
 * `$s = $wc.DownloadString(u)`, `$r = Invoke-WebRequest u`, `$s = irm u`, `$s = $http.GetStringAsync(u).Result`)
 * and, later in the script, that variable run as code (`Invoke-Expression $s`, `iex $r.Content`,
 * `$s | iex`, `[scriptblock]::Create($s)`): the one-line cradle `iex (irm u)` split over two statements.
 */
const PS_FETCH_GATE = gated(
  /\bDownloadString\b|\bGetStringAsync\b|\bInvoke-WebRequest\b|\bInvoke-RestMethod\b|\b(?:iwr|irm)\b/i,
);
/** Where text is run as PowerShell code: `Invoke-Expression`/`iex`, `[scriptblock]::Create`. */
const PS_EVAL = gated(/\b(?:Invoke-Expression|iex)\b|\[scriptblock\][ \t]{0,4}::[ \t]{0,4}Create\b/gi);
/** `$name = …` then a download on the same statement (its result, or its `.Content`). */
const PS_FETCH_ASSIGN =
  /(?:^|[;{(])[ \t]{0,40}(?:\[[\w.]{1,40}\][ \t]{0,4})?\$(?:(?:script|global|local):)?([A-Za-z_]\w{0,60})[ \t]{0,4}=[ \t]{0,4}(?:[^\n;=]{0,200}?(?:\.DownloadString[ \t]{0,4}\(|\.GetStringAsync[ \t]{0,4}\()|\(?[ \t]{0,4}(?:Invoke-WebRequest|Invoke-RestMethod|iwr|irm)\b)/gim;
const PS_VAR = String.raw`\$(?:(?:script|global|local):)?([A-Za-z_]\w{0,60})`;
/** The variable an `iex` runs (`iex $s`, `Invoke-Expression -Command ($r.Content)`) or a scriptblock is made of. */
const PS_EVAL_ARG = new RegExp(
  String.raw`^[ \t]{0,4}(?:-Command[ \t]{1,4})?\(?[ \t]{0,4}["']?${PS_VAR}`,
  'i',
);
/** The variable piped into an `iex` (`$s | iex`, `$r.Content | Out-String | iex`). */
const PS_PIPED_ARG = new RegExp(
  String.raw`${PS_VAR}(?:\.Content)?[ \t]{0,4}\)?[ \t]{0,4}\|[ \t]{0,4}(?:Out-String[ \t]{0,4}\|[ \t]{0,4})?$`,
  'i',
);
const MAX_PS_FETCHES = 64;
const MAX_PS_EVALS = 64;
const PS_ARG_SPAN = 160;

/**
 * The same split in a POSIX shell: `body=$(curl -fsSL u)` (or `wget -qO-`, backticks), then the
 * variable run as a script (`eval "$body"`, `bash -c "$body"`, `echo "$body" | sh`, `sh <<< "$body"`,
 * `source <(echo "$body")`).
 */
const SH_FETCH_ASSIGN =
  /(?:^|[;&|{(]|\b(?:then|do|else)\b)[ \t]{0,40}(?:(?:local|export|readonly|declare[ \t]{1,4}-\w{1,4})[ \t]{1,4})?([A-Za-z_]\w{0,60})=["']?(?:\$\(|`)[ \t]{0,4}(?:(?:command|sudo)[ \t]{1,4})?(?:curl|wget)\b/gm;
const SH_PRINT = String.raw`(?:echo(?:[ \t]{1,4}-[neE]{1,3})?|printf[ \t]{1,4}(?:'[^'\n]{0,10}'|"[^"\n]{0,10}"))`;
/** Text right before the variable that runs it. */
const SH_RUNS_BEFORE = new RegExp(
  [
    String.raw`\beval[ \t]{1,4}["']?$`,
    String.raw`\b(?:ba|z|da|k)?sh[ \t]{1,4}(?:-[a-z]{1,4}[ \t]{1,4}){0,3}-[a-z]{0,4}c[ \t]{1,4}["']?$`,
    String.raw`\b(?:ba|z|da|k)?sh[ \t]{0,4}<<<[ \t]{0,4}["']?$`,
    String.raw`(?:\bsource|(?:^|[\s;&])\.)[ \t]{1,4}<\([ \t]{0,4}${SH_PRINT}[ \t]{1,4}["']?$`,
  ].join('|'),
);
/** A variable printed into a pipe to a shell: the print before it, the pipe after it. */
const SH_PRINT_BEFORE = new RegExp(String.raw`\b${SH_PRINT}[ \t]{1,4}["']?$`);
const SH_PIPE_AFTER =
  /^["']?[ \t]{0,4}\|[ \t]{0,4}(?:sudo[ \t]{1,4}(?:-\S{1,10}[ \t]{1,4}){0,3})?(?:\/(?:usr\/)?bin\/)?(?:ba|z|da|k)?sh\b(?![\w./-])/;
const MAX_SH_USES = 64;

/** Where a fetched variable of a POSIX shell script is run as a script (`$name` or `${name}`), or -1. */
function shellRunOf(text: string, name: string): number {
  for (const spelled of [`$${name}`, `\${${name}}`]) {
    let uses = 0;
    for (
      let at = text.indexOf(spelled);
      at !== -1 && ++uses <= MAX_SH_USES;
      at = text.indexOf(spelled, at + 1)
    ) {
      const end = at + spelled.length;
      if (/\w/.test(text[end] ?? '') || commentedOut(text, at)) continue;
      const lineStart = text.lastIndexOf('\n', at - 1) + 1;
      const before = text.slice(Math.max(lineStart, at - 200), at);
      if (SH_RUNS_BEFORE.test(before)) return at;
      if (SH_PRINT_BEFORE.test(before) && SH_PIPE_AFTER.test(text.slice(end, end + 80))) return at;
    }
  }
  return -1;
}

function posixFetchedEval(seg: Segment, ctx: SkillContext): RawHit | null {
  const text = seg.text;
  let n = 0;
  const names = new Map<string, number>();
  SH_FETCH_ASSIGN.lastIndex = 0;
  for (const m of text.matchAll(SH_FETCH_ASSIGN)) {
    if (++n > MAX_PS_FETCHES) break;
    const at = m.index + m[0].search(/[A-Za-z_]\w{0,60}=/);
    if (!names.has(m[1]) && !commentedOut(text, at)) names.set(m[1], at);
  }
  for (const [name, at] of names) {
    if (shellRunOf(text, name) !== -1) return fetchHitAt(seg, ctx, at);
  }
  return null;
}

function powershellFetchedEval({ segments, ctx }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const seg of segments) {
    if (seg.kind !== 'decoded' && (seg.kind !== 'code' || seg.lang !== 'shell')) continue;
    if (testSegment(SAVED_FETCH_GATE, seg)) {
      const hit = posixFetchedEval(seg, ctx);
      if (hit) {
        out.push(hit);
        continue;
      }
    }
    if (!testSegment(PS_FETCH_GATE, seg) || !mayMatch(PS_EVAL, seg)) continue;
    const text = seg.text;
    const fetched = new Map<string, number>();
    let n = 0;
    PS_FETCH_ASSIGN.lastIndex = 0;
    for (const m of text.matchAll(PS_FETCH_ASSIGN)) {
      if (++n > MAX_PS_FETCHES) break;
      const at = m.index + m[0].indexOf('$');
      const name = m[1].toLowerCase();
      if (!fetched.has(name) && !commentedOut(text, at)) fetched.set(name, at);
    }
    if (fetched.size === 0) continue;
    let evals = 0;
    let found: number | undefined;
    PS_EVAL.lastIndex = 0;
    for (const m of text.matchAll(PS_EVAL)) {
      if (++evals > MAX_PS_EVALS) break;
      if (commentedOut(text, m.index)) continue;
      const end = m.index + m[0].length;
      const arg =
        PS_EVAL_ARG.exec(text.slice(end, end + PS_ARG_SPAN))?.[1] ??
        (m[0].startsWith('[')
          ? undefined
          : PS_PIPED_ARG.exec(text.slice(Math.max(0, m.index - PS_ARG_SPAN), m.index))?.[1]);
      found = arg === undefined ? undefined : fetched.get(arg.toLowerCase());
      if (found !== undefined) break;
    }
    if (found !== undefined) out.push(fetchHitAt(seg, ctx, found));
  }
  return out;
}

/** The finding for a download kept in a variable at offset `at`, graded by the host of its line. */
function fetchHitAt(seg: Segment, ctx: SkillContext, at: number): RawHit {
  const starts = lineStarts(seg.text);
  const line = lineIndexOf(starts, at);
  const lineText = seg.text.slice(starts[line], seg.text.indexOf('\n', starts[line]) >>> 0);
  return {
    file: seg.file,
    line: fileLineOf(seg, line),
    evidence: clean(lineText),
    severity: fetchedExecSeverity({ segment: seg, match: lineText, lineText, lineIndex: line }, ctx),
    depth: seg.depth,
  };
}

export const DROPPER_RULES: AnyRule[] = [
  {
    type: 'custom',
    id: 'SG-DROPPER-018',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'A network device script runs a script or configuration fetched from a URL (RouterOS /tool fetch then /import or :parse, Junos op url / refresh-from, IOS tclsh URL): the router runs whatever that host serves',
    remediation:
      'Ship the RouterOS/Junos/IOS script with the skill so it can be reviewed; fetch data (address lists, feeds) as data, never as commands the device imports or executes.',
    check: networkOsRemoteScripts,
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-013',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'An Office macro that runs by itself (AutoExec/AutoOpen/Document_Open/Workbook_Open) downloads a file and starts a program (CRITICAL when hidden or forced through a script engine such as wscript //E:jscript)',
    remediation:
      'Macros must not download and run anything, least of all from an auto-run procedure; ship the logic in the module for review.',
    check: autorunMacroDroppers,
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-025',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'An AutoLISP routine downloads LISP (COM XMLHTTP/WinHTTP, vl-file-copy from a URL or share) and loads or evaluates it (load of the written file, eval of read): the CAD session runs whatever the server serves (CRITICAL in acad.lsp / acaddoc.lsp / .mnl, which load with every drawing)',
    remediation:
      'Ship every LISP routine with the skill (or deploy it to the support path by the CAD admin); fetch data as data, never as code passed to load or eval.',
    check: lispFetchedLoads,
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-024',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'Downloads a file and then runs that same file as code (BrightScript GetToFile then Run/Eval, DownloadFile or urlretrieve then a script run of the saved path): whatever the server serves runs on the device',
    remediation:
      'Ship the script with the skill so it can be reviewed; download only data or media, and never run a downloaded file as code.',
    check: savedFileRuns,
  },
  ...PATTERNS,
  {
    type: 'custom',
    id: 'SG-DROPPER-008',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'Downloads code at run time and evaluates it (eval/exec/Function of a variable, native code loaded with process.dlopen)',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(
        segments,
        ['python', 'js'],
        [RUN_VARIABLE_ONCE, CODE_FETCH],
        RUN_VARIABLE,
        (match, seg) =>
          // In JavaScript a bare exec( is child_process: a command, not code.
          seg.lang === 'js' ? !match.startsWith('exec') : true,
      ),
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-010',
    family: 'dropper',
    severity: 'HIGH',
    message: 'Downloads a program at run time, makes it executable (or detaches it) and starts it',
    remediation: REMEDIATION,
    check: ({ segments }) =>
      sinkWithSources(
        segments,
        ['python', 'js', 'go', 'ruby', 'shell', 'other'],
        [MAKE_RUNNABLE, FETCH_ANY],
        RUN_PROGRAM,
      ),
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-023',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'Downloads text into a variable (PowerShell DownloadString, Invoke-WebRequest/Invoke-RestMethod, GetStringAsync; shell $(curl …)/$(wget …)) and then runs that variable as code (Invoke-Expression/iex, [scriptblock]::Create; eval, sh -c, a pipe to sh): a download-and-run split over two statements',
    remediation: REMEDIATION,
    check: powershellFetchedEval,
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-022',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'A shell script downloads a file to a path and runs it (marked executable, or handed to sh/bash/source/an interpreter), the steps split over lines, functions or variables (no checksum or signature check)',
    remediation: REMEDIATION,
    check: savedFetchRuns,
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-014',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'A Lua script downloads Lua code (curl/wget through os.execute or io.popen, LuaSocket) and loads it (dofile/loadfile/loadstring/load/require of a variable)',
    remediation:
      'Ship every Lua file the script loads inside the skill; never fetch code, presets or plugins that are then loaded with dofile/loadfile/load.',
    check: ({ segments }) => sinkWithSources(segments, ['other'], [LUA_API, LUA_FETCH, LUA_CODE], LUA_LOAD),
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-016',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'Builds a download-and-run command from data: a generated line pipes into a placeholder the skill’s settings bind to a shell, next to a downloader (curl/wget) named as a value',
    remediation: REMEDIATION,
    check: assembledFetchRun,
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-017',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'Loads code from a URL at run time through a workflow manager or research language (Snakemake module/include/wrapper, Nextflow include, WDL import, CWL run, R source(url), Julia include(download(…))/include_string, MATLAB/Octave eval(webread(…))): whatever the server serves runs as part of the workflow (CRITICAL over plain HTTP or a raw IP)',
    remediation:
      'Vendor the workflow module or script into the skill, or pin it to a tagged release or commit of a public repository so it can be reviewed.',
    check: remoteCodeLoads,
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-012',
    family: 'dropper',
    severity: 'HIGH',
    message: "A download's checksum check rewrites the expected checksum when it fails, so any file passes",
    remediation: REMEDIATION,
    check: ({ segments }) => sinkWithSources(segments, ['shell', 'other'], [SHELL_FETCH], CHECKSUM_RELEARNED),
  },
  {
    type: 'custom',
    id: 'SG-DROPPER-011',
    family: 'dropper',
    severity: 'HIGH',
    message:
      'Rust code downloads a program or script and runs it (fetched file made executable and spawned, or fed to sh -c)',
    remediation: REMEDIATION,
    check: ({ segments }) => rustDownloadRun(segments),
  },
  {
    type: 'signal',
    tag: 'no-consent',
    pattern: NO_CONSENT,
    hints: ['not', "don't", 'never', 'need', 'without', 'skip', 'required', 'necessary'],
    // Every phrase names what is waived; prose without any of these words skips the regex.
    needs: [
      [
        'ask',
        'prompt',
        'check with',
        'wait for',
        'bother',
        'warn',
        'confirm',
        'consent',
        'approval',
        'permission',
      ],
    ],
    starts: ['do', "don't", 'never', 'no', 'without', 'skip'],
    in: 'any',
  },
  {
    type: 'chain',
    id: 'SG-DROPPER-009',
    family: 'dropper',
    severity: 'HIGH',
    message: 'Tells the agent to run a downloaded script without asking the user',
    remediation: REMEDIATION,
    all: ['no-consent', 'exec', 'net-fetch'],
    scope: 'file',
    at: 'exec',
    counts: countsAsRemoteRun,
  },
];
