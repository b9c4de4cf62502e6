import type { Segment } from '../rule.types.js';
import { isLocalHost, SECRET_NAME } from '../rules/indicators.js';
import { clean, fileLineOf, linesOf } from './segment-lines.js';
import { gated, testSegment } from './literal-gates.js';

/** Per-character reads: see `charCodeAt` in literal-scanner.ts (a module's own constant is inlined). */
const charCodeAt = String.prototype.charCodeAt;

const SECRET_EXPR = gated(
  new RegExp(
    `(?:os\\.environ\\s*(?:\\[\\s*|\\.get\\(\\s*)|os\\.getenv\\(\\s*|process\\.env(?:\\.|\\[\\s*)|Deno\\.env\\.get\\(\\s*|ENV\\[\\s*|OS\\.get_environment\\(\\s*)["']?${SECRET_NAME}\\b|\\$\\{?\\(?${SECRET_NAME}\\b`,
  ),
);
const ASSIGN =
  /^\s*(?:export\s+|const\s+|let\s+|var\s+|local\s+)?([A-Za-z_]\w{0,60})\s*(?::\s*[\w.[\]<>| ]{1,40})?:?=(?!=)(.*)$/s;
const SINK =
  /\brequests\.(?:post|put|patch)\s*\(|\bhttpx\.(?:post|put|patch)\s*\(|\burlopen\s*\(|\bRequest\s*\(|\bfetch\s*\(|\baxios(?:\.(?:post|put|patch))?\s*\(|\b(?!std(?:out|err)\b)(?:req|request|conn|sock|socket|client|s|ws)\w*\.(?:write|end|send|sendall|sendto)\s*\(|\bcurl\b[^\n]*?(?:\s-d\b|\s-F\b|\s-T\b|--data|--form|--upload-file)|\bwget\b[^\n]*?--post-(?:data|file)|\b(?:dig|nslookup|drill|host)\s|\bgethostbyname\w*\s*\(|\bresolver\.(?:resolve|query)\s*\(|\b(?:nc|ncat|netcat)\s+\S+\s+\d+|\bInvoke-(?:WebRequest|RestMethod)\b[^\n]*-Body|sendBeacon\s*\(|smtplib|\.sendmail\s*\(|\.request(?:_raw)?\s*\([^\n]{0,300}?\bHTTPClient\.METHOD_(?:POST|PUT|PATCH)\b/;
const HEADERS =
  /[?&](?:api_?key|key|apikey|token|access_token|auth|appid|app_id|client_secret|signature)=[^&\s'"`]*|headers\s*[=:]\s*\{[^}]{0,400}\}|\bheaders\s*=\s*[A-Za-z_][\w.]*|-H\s*(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|\S+)|--header\s*(?:"[^"\n]{0,300}"|'[^'\n]{0,300}'|\S+)|Authorization[^,\n)]{0,200}/gi;
const MAX_STATEMENT_LINES = 40;
const URL_INTERPOLATION = /https?:\/\/[^\s'"`]*(?:\{|\$\{?)/;

/** Whether a secret (its expression as read, e.g. `${TG_BOT_TOKEN`) may go into this URL by design. */
export type UrlCredential = (secret: string, url: string) => boolean;

/**
 * Where a credential sent the way APIs take it (a request header, an auth parameter of the URL's
 * query) may go. Any API key may go to any host (its vendor's address is often computed), but a
 * `bound` credential (a cloud or platform credential, a password, a session, a cookie) only to a host
 * it belongs to, and no credential to an `unsafe` address (paste site, request bin, raw public IP).
 */
export interface HeaderCredential {
  bound: (secret: string) => boolean;
  unsafe: (url: string) => boolean;
}
const ANY_HEADER: HeaderCredential = { bound: () => false, unsafe: () => false };

/** A request whatever its method: a credential in its headers is sent even without a body. */
const REQUEST =
  /\b(?:requests|httpx|session|axios)\.(?:get|head|delete|options|request)\s*\(|\bcurl\b|\bwget\b|\bInvoke-(?:WebRequest|RestMethod)\b|\bhttps?\.(?:get|request)\s*\(/;
/** A URL's host written out (not interpolated), up to its path, query or port. */
const WRITTEN_HOST = /^https?:\/\/([A-Za-z0-9.-]{1,253})(?=[/?#:]|$)/;

/** A send on a connected raw socket (`s.sendall(…)`, `sock.send(…)`); `sendto` names its own address. */
const SOCKET_SEND = /\b(?!std(?:out|err)\b)(?:conn|sock|socket|client|s)\w{0,30}\.(?:send|sendall)\s*\(/;
const SOCKET_SENDS = new RegExp(SOCKET_SEND.source, 'g');
/** A socket opened or connected: every one must go to an address tuple that stays on the machine or LAN. */
const ANY_CONNECT = /\b(?:create_connection|connect|connect_ex)\s*\(/g;
const TUPLE_CONNECT = /\b(?:create_connection|connect|connect_ex)\s*\(\s*\(([^()\n]{1,200})\)/g;
const STRING_LITERAL = /^(?:"([^"\n]{0,253})"|'([^'\n]{0,253})')$/;
const IP_LITERAL = /["']((?:\d{1,3}\.){3}\d{1,3})["']/g;
const MAX_SOCKET_SCRIPT = 256 * 1024;

/** `name = value` / `name: str = value` / a parameter default: what a script binds a name to. */
const BINDING =
  /(?<![\w.])([A-Za-z_]\w{0,60})[ \t]{0,4}(?::[ \t]{0,4}[\w.]{1,40}[ \t]{0,4})?=(?!=)[ \t]{0,4}([^\n,)]{0,200})/g;
/** More connections than this and the script is not a small local client. */
const MAX_CONNECTS = 32;

/**
 * Whether every socket of a Python script connects to a loopback or private address (a local game
 * server's RCON, a daemon's control port): a literal, or a name the script binds only to such
 * literals (`host="127.0.0.1"` as a parameter default) and ports only to numbers. No public IP
 * literal anywhere in the script.
 */
function localSocketsOnly(text: string): boolean {
  if (text.length > MAX_SOCKET_SCRIPT) return false;
  for (const m of text.matchAll(IP_LITERAL)) if (!isLocalHost(m[1])) return false;
  const all = text.match(ANY_CONNECT)?.length ?? 0;
  if (all === 0 || all > MAX_CONNECTS) return false;
  const tuples = [...text.matchAll(TUPLE_CONNECT)];
  if (tuples.length !== all) return false;
  const bound = new Map<string, string[]>();
  for (const b of text.matchAll(BINDING)) {
    const values = bound.get(b[1]) ?? [];
    values.push(b[2].trim());
    bound.set(b[1], values);
  }
  const localName = (name: string) => {
    const values = bound.get(name);
    return values !== undefined && values.every(localLiteral);
  };
  return tuples.every((t) =>
    t[1].split(',').every((raw) => {
      const part = raw.trim();
      return localLiteral(part) || (/^[A-Za-z_]\w{0,60}$/.test(part) && localName(part));
    }),
  );
}

/** A loopback or private host literal, or a port number. */
function localLiteral(value: string): boolean {
  if (/^\d{1,5}$/.test(value)) return true;
  const literal = STRING_LITERAL.exec(value);
  return literal !== null && isLocalHost(literal[1] ?? literal[2]);
}

/**
 * HTTP basic auth handed to the client (`auth=("api", key)`, `auth=HTTPBasicAuth(user, key)`): the
 * credential goes in the Authorization header, not in the body. One level of nested call allowed.
 */
const BASIC_AUTH =
  /\bauth\s{0,4}=\s{0,4}(?:[\w.]{0,40}BasicAuth\s{0,4})?\((?:[^()\n]|\([^()\n]{0,200}\)){0,300}\)/g;
/** A call that encodes a query string (`urlencode({…})`, `new URLSearchParams({…})`). */
const QUERY_ENCODE =
  /^\s{0,4}(?:new\s{1,4})?(?:[\w.]{0,60}\.)?(?:urlencode|URLSearchParams|encode_www_form|(?:querystring|qs)\.stringify)\s{0,4}\(/;
/** A query parameter that carries a credential, as a dict entry or keyword: `"access_token": key`. */
const AUTH_PARAM_ENTRY =
  /["']?\b(?:access_token|api_?key|apikey|key|token|auth|appid|app_id|signature)["']?\s{0,4}[:=]\s{0,4}(?:[^,}\n()]|\([^()\n]{0,200}\)){1,300}/gi;
/** An https address's host, written out up to its path, query or port. */
const CONSTANT_HOST = /^https:\/\/([A-Za-z0-9.-]{1,253})(?=[/?#:]|$)/;

/**
 * A secret interpolated into a URL leaks through the request line, whatever the method; an auth
 * parameter of the query (`?token=…`) is how some APIs take their key, where `asAuth` allows it.
 */
function mentionsInUrl(
  text: string,
  names: Set<string>,
  allowed: UrlCredential,
  asAuth: (part: string, urls: string[]) => boolean,
): boolean {
  for (const m of text.matchAll(/https?:\/\/[^\s'"`]{0,300}/g)) {
    const url = m[0].replace(HEADERS, (part) => (asAuth(part, [m[0]]) ? ' ' : part));
    const named = SECRET_EXPR.exec(url);
    if (named && !ownVendor(named[0], url) && !allowed(named[0], url)) return true;
    if (mentions(url.replace(/^https?:\/\/[^/]*/, ''), names)) return true;
  }
  return false;
}

const SECRET_EXPRS = new RegExp(SECRET_EXPR.source, 'g');

/**
 * The text without URLs whose every secret goes to its own service (the address is judged by
 * mentionsInUrl; a request with a body then leaks only what the body holds).
 */
function withoutCredentialUrls(text: string, names: Set<string>, allowed: UrlCredential): string {
  return text.replace(/https?:\/\/[^\s'"`]{0,300}/g, (url) => {
    const secrets = [...url.matchAll(SECRET_EXPRS)].map((m) => m[0]);
    const byDesign = (secret: string) => ownVendor(secret, url) || allowed(secret, url);
    return secrets.length > 0 && secrets.every(byDesign) && !mentions(url, names) ? ' ' : url;
  });
}

const NAME_WORDS_IGNORED = new Set([
  'token',
  'secret',
  'password',
  'passwd',
  'private',
  'credentials',
  'credential',
  'access',
  'session',
  'cookie',
  'database',
]);

/**
 * The secret is named after the host's registrable domain (TELEGRAM_BOT_TOKEN to api.telegram.org):
 * some APIs take their own token in the URL path, and sending it there leaks nothing.
 */
function ownVendor(secret: string, url: string): boolean {
  const labels = (/^https?:\/\/([^/:?#]+)/.exec(url)?.[1] ?? '').toLowerCase().split('.');
  const domain = labels.length >= 2 ? labels[labels.length - 2] : '';
  if (domain.length < 4) return false;
  const words = secret.toLowerCase().split(/[^a-z0-9]+/);
  return words.some((w) => w.length >= 4 && !NAME_WORDS_IGNORED.has(w) && domain.includes(w));
}

/** A registrable name glued from words (`postmark-status.net`): a look-alike as often as the vendor's own. */
function gluedDomain(url: string): boolean {
  const labels = (/^https?:\/\/([^/:?#]+)/.exec(url)?.[1] ?? '').split('.');
  return labels.length >= 2 && labels[labels.length - 2].includes('-');
}

/** An OAuth token request: client secrets and refresh tokens go to the token endpoint by design. */
const OAUTH_GRANT = /\bgrant_type\b/;

export interface Flow {
  file: string;
  line: number;
  evidence: string;
  /** The request is an OAuth token request (a body built with `grant_type`) to this constant https URL. */
  grant?: string;
}

/** `AUTH = "https://…"`, `const TOKEN_URL = '…';`: a name bound to one https address. */
const URL_CONSTANT =
  /^\s*(?:(?:const|let|var|final|readonly)\s+)?([A-Za-z_]\w{0,60})\s*(?::\s*\w{1,20}\s*)?=\s*(["'`])(https:\/\/[^\s"'`]{1,300})\2\s*;?\s*$/;
const ASSIGNED_NAME =
  /^\s*(?:(?:const|let|var|final|readonly|export)\s+)?([A-Za-z_]\w{0,60})\s*(?::[^=\n]{1,40})?=(?!=)/;

/** Names the segment binds to one https address and never assigns anything else. */
function urlConstants(lines: readonly string[]): Map<string, string> {
  const urls = new Map<string, string>();
  const other = new Set<string>();
  for (const full of lines) {
    const line = full.slice(0, 1000);
    const c = URL_CONSTANT.exec(line);
    if (c) {
      if (urls.has(c[1]) && urls.get(c[1]) !== c[3]) other.add(c[1]);
      urls.set(c[1], c[3]);
      continue;
    }
    const a = ASSIGNED_NAME.exec(line);
    if (a) other.add(a[1]);
  }
  for (const name of other) urls.delete(name);
  return urls;
}

/** The one constant https address a request statement goes to: a literal, or a name bound to one. */
function constantTarget(text: string, constants: Map<string, string>): string | undefined {
  const literals = text.match(/https?:\/\/[^\s'"`]{1,300}/g) ?? [];
  const named = namesIn(text, constants).map((name) => constants.get(name)!);
  const all = [...literals, ...named];
  return all.length === 1 && all[0].startsWith('https://') && !URL_INTERPOLATION.test(all[0])
    ? all[0]
    : undefined;
}

/**
 * Secret env values that reach a network call's body (headers don't count: that is how APIs authenticate).
 * `authTo` says whether a secret may authenticate to a constant https host in a credential position
 * other than a header (basic auth, an auth parameter of the query string); a secret named after the
 * host, or declared for the host of the skill's own service, always may. `header` says where a secret
 * may go in a header or a query auth parameter: that is how APIs authenticate, but a bound credential
 * only goes to a written-out host it belongs to (the same test) and none to an unsafe address.
 */
export function secretFlows(
  seg: Segment,
  allowed: UrlCredential = () => false,
  authTo: UrlCredential = () => false,
  header: HeaderCredential = ANY_HEADER,
): Flow[] {
  // Every flow starts from a statement reading a secret; statements are substrings of the segment.
  if (!testSegment(SECRET_EXPR, seg)) return [];
  const flows: Flow[] = [];
  const tainted = new Set<string>();
  // Variables holding an OAuth token request's body: client secrets go to the token endpoint by design.
  const grants = new Map<string, string[]>();
  let constants: Map<string, string> | undefined;
  // Per tainted variable, the secret expressions it holds (through other variables too).
  const held = new Map<string, string[]>();
  // Variables holding an encoded query string whose only secrets sit in its auth parameters.
  const queryAuth = new Set<string>();
  // Each secret once: callers ask whether there are any and whether every one may go somewhere, and
  // `b = a + a2` doubling its variables' lists grew them exponentially (30 lines: 4 s).
  const secretsOf = (text: string) => [
    ...new Set([
      ...[...text.matchAll(SECRET_EXPRS)].map((m) => m[0]),
      ...namesIn(text, held).flatMap((name) => held.get(name)!),
    ]),
  ];
  // One notion of a credential belonging to a host: named after it (not a look-alike), declared for
  // the skill's own service, or documented for it (authTo).
  const belongs: UrlCredential = (x, url) =>
    (ownVendor(x, url) && !gluedDomain(url)) || allowed(x, url) || authTo(x, url);
  let envBases: Set<string> | undefined;
  const inAuthPosition = (text: string) =>
    withoutVendorAuth(
      text,
      (constants ??= urlConstants(linesOf(seg.text))),
      queryAuth,
      secretsOf,
      belongs,
      () => (envBases ??= envHostBases(linesOf(seg.text))),
    );
  // Variables holding only request headers with secrets (`hdr=(-H "Authorization: …")`), with the
  // addresses written in them; their secrets are in `held`.
  const headerVars = new Map<string, string[]>();
  const urlsOf = (text: string) => [
    ...(text.match(/https?:\/\/[^\s'"`]{1,300}/g) ?? []),
    ...namesIn(text, (constants ??= urlConstants(linesOf(seg.text)))).map((name) => constants!.get(name)!),
  ];
  // A secret sent as a header or a query auth parameter to these addresses (no written-out host:
  // computed, accepted) goes where it may.
  const sentAsAuth = (x: string, urls: string[]) =>
    !urls.some(header.unsafe) &&
    (!header.bound(x) ||
      urls.every((url) => {
        const host = WRITTEN_HOST.exec(url)?.[1].toLowerCase();
        return !host || isLocalHost(host) || belongs(x, `https://${host}/`);
      }));
  const asAuth = (part: string, urls: string[]) => secretsOf(part).every((x) => sentAsAuth(x, urls));
  // A request whose headers (or query auth parameters) carry a secret where it may not go.
  const headerLeak = (text: string) => {
    const urls = urlsOf(text);
    for (const m of text.matchAll(HEADERS)) if (!asAuth(m[0], urls)) return true;
    for (const name of namesIn(text, headerVars)) {
      const own = headerVars.get(name)!;
      if (!(held.get(name) ?? []).every((x) => sentAsAuth(x, own.length ? own : urls))) return true;
    }
    return false;
  };
  // A statement whose only send is on a raw socket of a script whose sockets all stay local.
  let local: boolean | undefined;
  const localSend = (text: string) =>
    seg.lang === 'python' &&
    SOCKET_SEND.test(text) &&
    !SINK.test(text.replace(SOCKET_SENDS, ' ')) &&
    (local ??= localSocketsOnly(seg.text));
  for (const raw of statements(seg.text, seg.lang)) {
    const secret =
      SECRET_EXPR.test(raw.text) || mentions(raw.text, tainted) || mentions(raw.text, headerVars);
    if (!secret) continue;
    if ((SINK.test(raw.text) || REQUEST.test(raw.text)) && headerLeak(raw.text)) {
      flows.push({
        file: seg.file,
        line: fileLineOf(seg, raw.index),
        evidence: clean(raw.text.split('\n')[0]),
      });
      continue;
    }
    const assign = ASSIGN.exec(raw.text);
    const st = assign && !SINK.test(assign[2]) ? raw : { ...raw, text: inAuthPosition(raw.text) };
    if (assign && !SINK.test(assign[2])) {
      // A variable holding request headers carries the credential the way APIs take it, not as data.
      const value = assign[2].replace(HEADERS, ' ');
      if (SECRET_EXPR.test(value) || mentions(value, tainted)) {
        if (!answerOfCall(assign[2])) {
          const rest = value.replace(AUTH_PARAM_ENTRY, ' ');
          if (QUERY_ENCODE.test(assign[2]) && !SECRET_EXPR.test(rest) && !mentions(rest, tainted))
            queryAuth.add(assign[1]);
          else queryAuth.delete(assign[1]);
          held.set(assign[1], secretsOf(value));
          headerVars.delete(assign[1]);
          tainted.add(assign[1]);
          if (OAUTH_GRANT.test(value) && !mentionsOther(value, tainted, assign[1], grants))
            grants.set(
              assign[1],
              [...value.matchAll(SECRET_EXPRS)].map((m) => m[0]),
            );
          else grants.delete(assign[1]);
        }
        continue;
      }
      if (SECRET_EXPR.test(assign[2]) || mentions(assign[2], tainted)) {
        // Its secrets sit in headers or query auth parameters: judged where the request is sent.
        if (!REQUEST.test(assign[2])) {
          held.set(assign[1], secretsOf(assign[2]));
          headerVars.set(assign[1], urlsOf(assign[2]));
        }
        continue;
      }
    }
    if (URL_INTERPOLATION.test(st.text) && mentionsInUrl(st.text, tainted, allowed, asAuth)) {
      flows.push({
        file: seg.file,
        line: fileLineOf(seg, st.index),
        evidence: clean(raw.text.split('\n')[0]),
      });
      continue;
    }
    if (!SINK.test(st.text) || OAUTH_GRANT.test(st.text) || localSend(st.text)) continue;
    const body = withoutCredentialUrls(st.text.replace(HEADERS, ' '), tainted, allowed);
    // A keyword argument's name (`data=payload`) is not a read of a variable called `data`.
    if (SECRET_EXPR.test(body) || reads(body, tainted)) {
      const grantOnly = !SECRET_EXPR.test(body) && !readsOther(body, tainted, grants);
      const target = grantOnly
        ? constantTarget(st.text, (constants ??= urlConstants(linesOf(seg.text))))
        : undefined;
      // Each secret of the grant is the token host's own (named after it, or declared for its vendor).
      const grant =
        target &&
        namesRead(body, grants).every((name) =>
          grants.get(name)!.every((x) => ownVendor(x, target) || allowed(x, target)),
        )
          ? target
          : undefined;
      flows.push({
        file: seg.file,
        line: fileLineOf(seg, st.index),
        evidence: clean(raw.text.split('\n')[0]),
        ...(grant ? { grant } : {}),
      });
    }
  }
  return flows;
}

/**
 * The request statement without the credentials it sends to their own service in a credential
 * position: basic auth (`auth=("api", key)`) and an encoded query string of auth parameters put after
 * the `?` of the address (`f"{API}/insights?{q}"`). The statement must go to one https host written
 * out in the skill, and every secret in such a position must belong there (`belongs`); anything else
 * (a computed host, a secret of another service, the same variable in the body) is left to be read.
 */
function withoutVendorAuth(
  text: string,
  constants: Map<string, string>,
  queryAuth: Set<string>,
  secretsOf: (text: string) => string[],
  belongs: UrlCredential,
  envBases: () => Set<string>,
): string {
  const auth = text.includes('auth') && BASIC_AUTH.test(text);
  BASIC_AUTH.lastIndex = 0;
  if (!auth && !mentions(text, queryAuth)) return text;
  const host = constantHost(text, constants);
  if (!host) return auth && toUsersHost(text, envBases) ? text.replace(BASIC_AUTH, ' ') : text;
  const own = (part: string) => {
    const secrets = secretsOf(part);
    return secrets.length > 0 && secrets.every((x) => belongs(x, host));
  };
  let out = auth ? text.replace(BASIC_AUTH, (m) => (own(m) ? ' ' : m)) : text;
  for (const name of queryAuth) {
    if (!mentionsName(out, name) || !own(name)) continue;
    // `?{q}`, `?${q}`, `"?" + q`, `'?' + q`, `+ "?" + q`: the variable right after the query's `?`/`&`.
    out = out.replace(new RegExp(`[?&](?:\\{|\\$\\{|["'\`]\\s{0,4}\\+\\s{0,4})${name}\\b\\}?`, 'g'), ' ');
  }
  return out;
}

/**
 * An https address whose host is the value of an environment variable, with no fallback
 * (`f"https://{os.environ['BMS_HOST']}/obix"`, `` `https://${process.env.NAS_HOST}/api` ``): the user
 * names the server, so basic auth sent there goes to the user's own server, not the author's.
 */
const ENV_HOST_URL =
  /^https:\/\/(?:\{\s{0,4}(?:os\.environ\s{0,4}\[\s{0,4}["'][A-Za-z_]\w{0,60}["']\s{0,4}\]|os\.getenv\(\s{0,4}["'][A-Za-z_]\w{0,60}["']\s{0,4}\))\s{0,4}\}|\$\{\s{0,4}process\.env\.[A-Za-z_]\w{0,60}\s{0,4}\})(?=[/:"'`]|$)/;
const ENV_BASE_BINDING =
  /^\s*(?:(?:const|let|var)\s+)?([A-Za-z_]\w{0,60})\s*=\s*f?(["'`])(https:\/\/[^\n]{0,300})\2\s*;?\s*$/;

/** Names a segment binds only to addresses whose host is an environment variable's value. */
function envHostBases(lines: readonly string[]): Set<string> {
  const bases = new Set<string>();
  const other = new Set<string>();
  for (const full of lines) {
    const line = full.slice(0, 1000);
    const b = ENV_BASE_BINDING.exec(line);
    if (b && ENV_HOST_URL.test(b[3])) {
      bases.add(b[1]);
      continue;
    }
    const a = ASSIGNED_NAME.exec(line);
    if (a) other.add(a[1]);
  }
  for (const name of other) bases.delete(name);
  return bases;
}

/**
 * A request whose every address is the user's own server: no address written out, and each string
 * literal that starts an address (the first, the call's address, among them) starts with an
 * environment-named host or a name bound only to one.
 */
function toUsersHost(text: string, envBases: () => Set<string>): boolean {
  // The address is the call's first argument, and no other address is written out or plain http.
  if (
    /http:\/\/|https:\/\/(?![{$])/.test(text) ||
    !/^[^(]{0,200}\(\s{0,40}f?["'`](?:https:\/\/|\$?\{)/.test(text)
  )
    return false;
  const starts = [...text.matchAll(/f?["'`](?=https:\/\/|\$?\{)/g)].map((m) =>
    text.slice(m.index + m[0].length, m.index + m[0].length + 300),
  );
  const urls = starts.filter(
    (s) => s.startsWith('https://') || /^\$?\{\s{0,4}[A-Za-z_]\w{0,60}\s{0,4}\}\//.test(s),
  );
  if (urls.length === 0) return false;
  return urls.every((u) => {
    if (u.startsWith('https://')) return ENV_HOST_URL.test(u);
    const name = /^\$?\{\s{0,4}([A-Za-z_]\w{0,60})/.exec(u)![1];
    return envBases().has(name);
  });
}

/** The one https host, written out (not interpolated), of a statement's literal and constant URLs. */
function constantHost(text: string, constants: Map<string, string>): string | undefined {
  const literals = text.match(/https?:\/\/[^\s'"`]{1,300}/g) ?? [];
  const named = namesIn(text, constants).map((name) => constants.get(name)!);
  let host: string | undefined;
  for (const url of [...literals, ...named]) {
    const h = CONSTANT_HOST.exec(url)?.[1].toLowerCase();
    if (!h || (host !== undefined && h !== host)) return undefined;
    host = h;
  }
  return host && `https://${host}/`;
}

/** Calls whose result carries their argument's content (encodings, serialisations, formatting). */
const CARRIES_ARGUMENT =
  /(?:^|\.)(?:str|bytes|bytearray|repr|format|join|encode|b\d\dencode|b64encode|urlsafe_b64encode|hexlify|dumps|stringify|quote|quote_plus|urlencode|compress|encodeURIComponent|btoa|from|concat|list|dict|tuple|get|copy|strip|lower|upper|replace|decode|read|getenv|fspath|expanduser)$/;

/**
 * The right-hand side is one call of a function that is not a known carrier of its arguments
 * (`cur = call("/stats", params, key)`): the secret went in as a credential and the answer came
 * back, so the result is not the secret.
 */
function answerOfCall(rhs: string): boolean {
  const m = /^\s*(?:await\s+)?([A-Za-z_$][\w$.]*)\s*\(/.exec(rhs);
  if (!m || CARRIES_ARGUMENT.test(m[1]) || /^os\.environ|^process\.env/.test(m[1])) return false;
  let depth = 0;
  for (let i = m[0].length - 1; i < rhs.length; i++) {
    const c = rhs[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return /^\s*(?:\[[^\]\n]*\]\s*)*[;,]?\s*$/.test(rhs.slice(i + 1));
  }
  return false;
}

/** Names of variables: a Set, or the keys of a Map. */
type Names = ReadonlySet<string> | ReadonlyMap<string, unknown>;
/** Up to this many names are looked up one by one; more, and the text is read a word at a time. */
const FEW_NAMES = 4;
/** The words names are (`[A-Za-z_]\w*`, the same runs `startsWord` finds). */
const WORD = /[A-Za-z_]\w*/g;

/** Whether `name` (a word) is a whole word of `text`. */
function mentionsName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1))
    if (!isWordChar(charCodeAt.call(text, at + name.length)) && startsWord(text, at)) return true;
  return false;
}

/**
 * Whether one of the words of `text` (the global matches of `[A-Za-z_]\w*`) is in `names`: a few
 * names are looked up in the text, more are looked up per word of the text (a script tainting a
 * variable per line looked every earlier one up in every statement: 1 MiB, 100 s).
 */
function mentions(text: string, names: Names): boolean {
  if (names.size <= FEW_NAMES) {
    for (const name of names.keys()) if (mentionsName(text, name)) return true;
    return false;
  }
  for (const m of text.matchAll(WORD)) if (names.has(m[0])) return true;
  return false;
}

/** The names that are words of `text` (in no particular order, each once). */
function namesIn(text: string, names: Names): string[] {
  if (names.size <= FEW_NAMES) return [...names.keys()].filter((name) => mentionsName(text, name));
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) if (names.has(m[0])) out.add(m[0]);
  return [...out];
}

/** Whether a tainted name other than `self` and the OAuth token-request bodies is a word of `text`. */
function mentionsOther(
  text: string,
  tainted: Set<string>,
  self: string,
  grants: Map<string, string[]>,
): boolean {
  for (const m of text.matchAll(WORD))
    if (m[0] !== self && tainted.has(m[0]) && !grants.has(m[0])) return true;
  return false;
}

/** Whether `name` is read in `text`: a whole word, not a keyword argument's name or an assignment target (`name=`). */
function readsName(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1))
    if (
      !isWordChar(charCodeAt.call(text, at + name.length)) &&
      startsWord(text, at) &&
      !KEYWORD_AFTER.test(text.slice(at + name.length, at + name.length + 8))
    )
      return true;
  return false;
}

/** The words of `text` read as values (see `readsName`), each once. */
function readWords(text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(WORD)) {
    const end = m.index + m[0].length;
    if (!KEYWORD_AFTER.test(text.slice(end, end + 8))) out.add(m[0]);
  }
  return out;
}

/** `mentions`, except where the word is a keyword argument's name or an assignment target (`name=`). */
function reads(text: string, names: Names): boolean {
  if (names.size <= FEW_NAMES) {
    for (const name of names.keys()) if (readsName(text, name)) return true;
    return false;
  }
  for (const word of readWords(text)) if (names.has(word)) return true;
  return false;
}

/** The names read in `text` (see `reads`). */
function namesRead(text: string, names: Names): string[] {
  if (names.size <= FEW_NAMES) return [...names.keys()].filter((name) => readsName(text, name));
  return [...readWords(text)].filter((word) => names.has(word));
}

/** Whether a tainted name other than the OAuth token-request bodies is read in `text`. */
function readsOther(text: string, tainted: Set<string>, grants: Map<string, string[]>): boolean {
  for (const word of readWords(text)) if (tainted.has(word) && !grants.has(word)) return true;
  return false;
}

const KEYWORD_AFTER = /^[ \t]{0,4}=(?!=)/;

const isWordChar = (c: number) =>
  (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95;

/** A word starts at `at` (a letter or `_`) unless a letter or `_` precedes it in the same \w run. */
function startsWord(text: string, at: number): boolean {
  for (let k = at - 1; k >= 0; k--) {
    const c = charCodeAt.call(text, k);
    if (!isWordChar(c)) return true;
    if (c < 48 || c > 57) return false;
  }
  return true;
}

interface Statement {
  text: string;
  index: number;
}

/** Lines joined while brackets stay open (a multi-line dict or call is one statement). */
function* statements(text: string, lang: Segment['lang']): Generator<Statement> {
  const lines = linesOf(text);
  for (let i = 0; i < lines.length; i++) {
    let depth = balance(lines[i]);
    let joined = lines[i];
    const start = i;
    while (continues(joined, depth) && i + 1 < lines.length && i - start < MAX_STATEMENT_LINES) {
      i++;
      joined += '\n' + lines[i];
      depth += balance(lines[i]);
    }
    if (joined.length < 2000 && /;\s*\S/.test(joined)) {
      for (const part of QUOTE_AWARE.has(lang) ? splitStatements(joined) : joined.split(';'))
        yield { text: part, index: start };
    } else yield { text: joined, index: start };
  }
}

/**
 * Languages whose string literals reach this reader intact (no `#` comment stripping inside them, as
 * Ruby's `#{…}` or a shell word can suffer): a `;` inside one is text, not the end of a statement.
 */
const QUOTE_AWARE: ReadonlySet<Segment['lang']> = new Set(['js', 'python', 'go']);

/**
 * The parts of a joined statement between its `;`s, a `;` inside a string literal left in place
 * (`"Content-Type": "application/x-www-form-urlencoded; charset=utf-8"` ends no statement). A quote
 * of `'` or `"` ends with its line (an apostrophe in a comment opens nothing past it).
 */
function splitStatements(joined: string): string[] {
  const parts: string[] = [];
  let quote = 0;
  let from = 0;
  for (let k = 0; k < joined.length; k++) {
    const c = charCodeAt.call(joined, k);
    if (quote !== 0) {
      if (c === 92) k++;
      else if (c === quote || (c === 10 && quote !== 96)) quote = 0;
    } else if (c === 34 || c === 39 || c === 96) quote = c;
    else if (c === 59) {
      parts.push(joined.slice(from, k));
      from = k + 1;
    }
  }
  parts.push(joined.slice(from));
  return parts;
}

/** Open brackets or a trailing backslash continue a statement; a `{` only when it opens a literal or call. */
function continues(joined: string, depth: number): boolean {
  if (/\\\s*$/.test(joined)) return true;
  if (depth <= 0) return false;
  return !/\)\s*(?:=>\s*)?\{\s*$|\b(?:function|class|if|for|while|else|try|catch|switch|do)\b[^\n]*\{\s*$|^\s*(?:def|class|if|for|while|with|try|async)\b[^\n]*:\s*$/m.test(
    joined,
  );
}

function balance(line: string): number {
  let d = 0;
  for (let k = 0; k < line.length; k++) {
    const c = charCodeAt.call(line, k);
    if (c === 40 || c === 91 || c === 123) d++;
    else if (c === 41 || c === 93 || c === 125) d--;
  }
  return d;
}
