import type { AnyRule, CustomInput, MatchInfo, PatternRule, RawHit, SkillContext } from '../rule.types.js';
import { linesOf } from '../analyzers/segment-lines.js';
import { gated, testFile } from '../analyzers/literal-gates.js';
import { shippedClientSecrets } from '../analyzers/shipped-client-secret.js';
import { isLocalHost } from './indicators.js';

const REMEDIATION =
  'Remove the secret from the skill, rotate it, and read it from the environment at run time.';
const PLACEHOLDER =
  /x{6,}|example|your[_-]|<[^>]*>|\.{3}|placeholder|dummy|redacted|fake|sample|test|1234567/i;
const KEY_HEADERS = String.raw`\s*(?:[\w-]+:[^\n]*\n\s*)*`;
const KEY_LINE = '[A-Za-z0-9+/=]{60,}';
/**
 * An OpenSSH or RSA key needs well over 300 base64 characters (ed25519 ≈ 400, RSA-1024 ≈ 850): a body
 * that ends within a few lines of its first is a truncated sample (a scanner's test input, a doc
 * excerpt), not a usable key. Shorter formats (EC, PKCS#8 ed25519 in one line) get no such cut.
 */
const LONG_KEY = String.raw`-----BEGIN (?:RSA |OPENSSH )PRIVATE KEY-----${KEY_HEADERS}${KEY_LINE}(?![A-Za-z0-9+/=\s]{0,160}-----END )`;
const OTHER_KEY = String.raw`-----BEGIN (?:EC |DSA |PGP |ENCRYPTED )?PRIVATE KEY(?: BLOCK)?-----${KEY_HEADERS}${KEY_LINE}`;

/**
 * A test fixture directory: key-shaped strings there are input for a secret scanner's tests. Still
 * reported, at MEDIUM at most, as a real key committed there would be just as leaked.
 */
const FIXTURE_DIR = /(?:^|\/)(?:tests?\/(?:[^/\n]{1,100}\/){0,4}fixtures?|testdata|__fixtures__)\//i;

function secret(
  id: string,
  severity: PatternRule['severity'],
  message: string,
  pattern: RegExp,
  hints: string[],
  raise?: (m: MatchInfo, ctx: SkillContext) => boolean,
): PatternRule {
  return {
    type: 'pattern',
    id,
    family: 'secrets',
    severity,
    message,
    remediation: REMEDIATION,
    pattern,
    hints,
    adjust: (m, ctx) => {
      if (PLACEHOLDER.test(m.match)) return null;
      if (FIXTURE_DIR.test(m.segment.file)) return 'MEDIUM';
      return raise?.(m, ctx) ? 'HIGH' : severity;
    },
  };
}

/** A request authenticated with the key: an auth header, a client or SDK given it, basic auth. */
const KEY_USE =
  /\bBearer\b|\bAuthorization\b|\bapi_?key\b|\bapiKey\b|\bStripe\s{0,4}\(|\bauth\s{0,4}=\s{0,4}[([]|\bBasicAuth\b|\bset_?(?:api_?)?key\s{0,4}\(|(?:^|\s)-u\s/i;
/** The name a key literal is assigned to, from the text before it on its line. */
const ASSIGNED_NAME = /["']?([A-Za-z_$][\w$]{0,60})["']?[ \t]{0,4}(?::=|=|:)[ \t]{0,4}[rbfu]{0,2}["'`]$/;
/** The key handed over on its own line: an auth header, an SDK client, the SDK's key setting. */
const INLINE_USE =
  /\bBearer\s|\bAuthorization\b|\bStripe\s{0,4}\(|\.api_?key\s{0,4}=|\bset_?(?:api_?)?key\s{0,4}\(|(?:^|\s)-u\s{1,4}["']?$/i;
const MAX_USE_LINES = 5000;

/**
 * A live key the skill's own code (a script, not its documentation) authenticates with, on the line
 * that holds it or through the name it is assigned to: the skill acts on the key owner's account, so
 * payments it creates go to that account.
 */
function usedByCode(m: MatchInfo, ctx: SkillContext): boolean {
  const seg = m.segment;
  if ((seg.kind !== 'code' && seg.kind !== 'config') || /\.(?:md|markdown|mdx)$/i.test(seg.file))
    return false;
  const at = m.lineText.indexOf(m.match);
  if (INLINE_USE.test(m.lineText.slice(0, Math.max(0, at)))) return true;
  const name = ASSIGNED_NAME.exec(m.lineText.slice(0, Math.max(0, at)).slice(-200))?.[1];
  if (!name || name.length < 3) return false;
  let known = NAME_USES.get(ctx.fileText);
  if (!known) NAME_USES.set(ctx.fileText, (known = new Map()));
  const key = `${seg.file}\u0000${name}`;
  let used = known.get(key);
  if (used === undefined) known.set(key, (used = nameUsed(ctx.fileText(seg.file) || seg.text, name)));
  return used;
}

/** Per scan (its `fileText`), file and name: whether a line other than an assignment authenticates with it. */
const NAME_USES = new WeakMap<(path: string) => string, Map<string, boolean>>();

function nameUsed(text: string, name: string): boolean {
  const lines = linesOf(text);
  for (let i = 0; i < lines.length && i < MAX_USE_LINES; i++) {
    const line = lines[i].slice(0, 2000);
    const k = line.indexOf(name);
    if (k === -1 || /_live_/.test(line)) continue;
    if (/[\w$]/.test(line.charAt(k - 1)) || /[\w$]/.test(line.charAt(k + name.length))) continue;
    if (KEY_USE.test(line)) return true;
  }
  return false;
}

/** Settings and data files: where a prefix kept alone is a stored value, not a scanner's pattern. */
const DATA_FILE =
  /\.(?:csv|tsv|ini|cfg|conf|toml|ya?ml|json|txt|env|properties|xml|dat)$|(?:^|\/)\.env(?:\.[\w-]{1,20})?$/i;
/**
 * A key's fixed prefix standing alone as a whole value (a cell, a `key = value`, a quoted string).
 * Not `ASIA`: temporary keys, and a region name in many tables.
 */
const LONE_PREFIX =
  /(?:^|[,=:;|\t"'])[ \t]{0,4}(AKIA|gh[pousr]_|github_pat_|[rs]k_live_|AIza|sk-ant-api\d\d-|sk-proj-|xox[abpr]-)[ \t]{0,4}(?=["',;|\t\r]|$)/gm;
/** A whole value that could be a key's remainder. */
const LONE_VALUE = /(?:^|[,=:;|\t"'])[ \t]{0,4}([A-Za-z0-9_-]{16,120})[ \t]{0,4}(?=["',;|\t\r]|$)/gm;
const MIXED = (v: string) => /[a-z]/.test(v) && /[A-Z]/.test(v) && /\d/.test(v);
/** Per prefix, the shape of the rest of the key. */
function remainderFits(prefix: string, v: string): boolean {
  if (prefix === 'AKIA')
    return (
      /^[A-Z0-9]{16}$/.test(v) && (v.match(/\d/g)?.length ?? 0) >= 2 && (v.match(/[A-Z]/g)?.length ?? 0) >= 6
    );
  if (prefix === 'AIza') return /^[\w-]{35}$/.test(v) && MIXED(v);
  if (prefix === 'github_pat_') return /^\w{70,90}$/.test(v) && MIXED(v);
  if (prefix.startsWith('gh')) return /^[A-Za-z0-9]{36}$/.test(v) && MIXED(v);
  if (prefix.startsWith('xox')) return /^\d{6,}-[\w-]{10,}$/.test(v);
  return /^[\w-]{24,}$/.test(v) && MIXED(v);
}
const MAX_SPLIT_FILES = 200;
const LONE_PREFIX_HINT = /AKIA|gh[pousr]_|github_pat_|_live_|AIza|sk-|xox/;

/**
 * A credential kept in pieces so no file holds a key-shaped string: a provider's fixed prefix stored
 * alone as a value in a settings or data file, and a value of exactly the shape of the rest of that
 * key elsewhere in the skill, with code that reads the prefix's file. A table of prefixes (a secret
 * scanner's) has no remainders beside it.
 */
function splitKeys({ files }: CustomInput): RawHit[] {
  const isDoc = (path: string) => /\.(?:md|markdown|mdx)$/i.test(path);
  const code = files.filter((f) => !DATA_FILE.test(f.path) && !isDoc(f.path));
  if (code.length === 0) return [];
  const read = new Map<string, boolean>();
  const readByCode = (path: string) => {
    const base = path.slice(path.lastIndexOf('/') + 1);
    let known = read.get(base);
    if (known === undefined) read.set(base, (known = code.some((f) => f.text.includes(base))));
    return known;
  };
  // The first place of each prefix kept alone in a data file the code reads.
  const prefixes = new Map<string, { file: string; at: number; text: string }>();
  for (const f of files.slice(0, MAX_SPLIT_FILES)) {
    if (!DATA_FILE.test(f.path) || !LONE_PREFIX_HINT.test(f.text) || !readByCode(f.path)) continue;
    for (const m of f.text.matchAll(LONE_PREFIX))
      if (!prefixes.has(m[1])) prefixes.set(m[1], { file: f.path, at: m.index, text: f.text });
  }
  if (prefixes.size === 0) return [];
  for (const g of files.slice(0, MAX_SPLIT_FILES)) {
    if (isDoc(g.path) || (DATA_FILE.test(g.path) && !readByCode(g.path))) continue;
    for (const v of g.text.matchAll(LONE_VALUE)) {
      if (PLACEHOLDER.test(v[1])) continue;
      for (const [prefix, where] of prefixes) {
        if (!remainderFits(prefix, v[1])) continue;
        const line = where.text.slice(0, where.at).split('\n').length;
        const evidence = `${prefix} … ${v[1].slice(0, 4)}… (${g.path})`;
        return [{ file: where.file, line, evidence }];
      }
    }
  }
  return [];
}

/** Mixed case and digits in the next 40 key characters: a random key, not a word or a run of one character. */
const MIXED_40 = String.raw`(?=[A-Za-z0-9/+]{0,39}[0-9])(?=[A-Za-z0-9/+]{0,39}[a-z])(?=[A-Za-z0-9/+]{0,39}[A-Z])`;
/**
 * An AWS secret access key (40 base64 characters) given to its name: an assignment, a config or
 * JSON key, an `export`, `aws configure set`. The name is what tells it from any other 40-character
 * string.
 */
const AWS_SECRET_KEY = new RegExp(
  String.raw`(?:\b|_)(?:(?:[Aa][Ww][Ss]_?)?(?:[Ss]ecret_?[Aa]ccess_?[Kk]ey|SECRET_ACCESS_KEY)|[Aa][Ww][Ss]_?(?:[Ss]ecret_?[Kk]ey|SECRET_KEY))["'\]]{0,2}[ \t]{0,4}(?:=>?|:|[ \t])[ \t]{0,4}["'\x60]?${MIXED_40}[A-Za-z0-9/+]{40}(?![A-Za-z0-9/+=])`,
  'g',
);
/** An Azure connection string's account or shared-access key (base64 of 32 or 64 random bytes). */
const AZURE_ACCOUNT_KEY = new RegExp(
  String.raw`\b(?:AccountKey|SharedAccessKey)=${MIXED_40}[A-Za-z0-9+/]{40,100}={0,2}`,
  'g',
);

/** Environment files read into a program's environment: `.env`, `.env.prod`, `x.env`, R's `.Renviron`, direnv's `.envrc`. */
const ENV_FILE =
  /(?:^|\/)(?:\.env(?:\.[\w.-]{1,40})?|[\w.-]{1,80}\.env|\.Renviron(?:\.[\w.-]{1,40})?|\.envrc)$/i;
/** `NAME=value` (optionally exported or quoted). */
const ENV_LINE =
  /^[ \t]{0,8}(?:export[ \t]{1,4})?([A-Za-z_][A-Za-z0-9_]{1,80})[ \t]{0,4}=[ \t]{0,4}["']?([^\s"'#]{1,300})["']?[ \t]{0,4}$/;
/** A variable named for a credential. */
const CREDENTIAL_NAME =
  /(?:API_?KEY|APIKEY|SECRET|TOKEN|PASSWORD|PASSWD|ACCESS_?KEY|PRIVATE_?KEY|AUTH_?KEY|CREDENTIALS?)(?:_\w{0,20})?$/i;
/** A generated credential: long, no spaces, mixing at least two of lower case, upper case and digits. */
function randomValue(v: string): boolean {
  if (
    v.length < 16 ||
    v.length > 300 ||
    PLACEHOLDER.test(v) ||
    /^\$|\$\{|^https?:|^<|changeme|^(.)\1+$/i.test(v)
  )
    return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((re) => re.test(v)).length;
  return classes >= 2 && new Set(v).size >= 10;
}
/** A remote endpoint: an https/http URL on a host that is not this machine or its LAN. */
const REMOTE_URL =
  /\bhttps?:\/\/(?!localhost\b|127\.|0\.0\.0\.0|10\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|\[::1\]|[\w.-]{1,200}\.(?:local|internal|localhost)\b)[A-Za-z0-9.-]{1,253}/;
const MAX_ENV_LINES = 5000;

/**
 * An environment file shipped with the skill that holds live credentials (an API key, an access and
 * secret key pair) for a remote service, loaded by the skill's own code: whatever the skill publishes,
 * uploads or syncs goes to the account of whoever owns those keys, not the user's. HIGH with a remote
 * endpoint in the file and code that loads it; MEDIUM for credentials shipped otherwise.
 */
function shippedEnvCredentials({ files }: CustomInput): RawHit[] {
  const out: RawHit[] = [];
  for (const f of files) {
    if (!ENV_FILE.test(f.path) || FIXTURE_DIR.test(f.path)) continue;
    const lines = linesOf(f.text);
    let first = -1;
    const names: string[] = [];
    for (let i = 0; i < Math.min(lines.length, MAX_ENV_LINES); i++) {
      const m = ENV_LINE.exec(lines[i].slice(0, 400));
      if (!m || !CREDENTIAL_NAME.test(m[1]) || !randomValue(m[2])) continue;
      if (first === -1) first = i;
      names.push(m[1]);
    }
    if (first === -1) continue;
    const base = f.path.slice(f.path.lastIndexOf('/') + 1);
    const loaded = files.some(
      (g) => g.path !== f.path && !/\.(?:md|markdown|mdx)$/i.test(g.path) && g.text.includes(base),
    );
    const remote = REMOTE_URL.test(f.text);
    out.push({
      file: f.path,
      line: first + 1,
      evidence: `${names.slice(0, 4).join(', ')} set to literal values${remote ? ' beside a remote endpoint' : ''}${loaded ? ', loaded by the skill’s code' : ''}`,
      severity: loaded && remote ? 'HIGH' : 'MEDIUM',
    });
  }
  return out;
}

/** A file that holds credentials once written: package-registry, netrc, env, cloud and key files. */
const CREDENTIAL_FILE =
  '(?:\\.npmrc|\\.pypirc|\\.netrc|\\.git-credentials|\\.yarnrc\\.yml|\\.dockercfg|\\.env(?:\\.(?:local|production|prod))?|credentials(?:\\.json)?|id_(?:rsa|ed25519|ecdsa)|[\\w-]{1,60}\\.pem)';
/** `git add -f .npmrc`: a file git was told to ignore, added all the same. */
const FORCE_ADD = new RegExp(
  `\\bgit[ \\t]{1,4}add[ \\t]{1,4}(?:[^\\n;&|]{0,80}[ \\t])?(?:-f|--force)\\b[^\\n;&|]{0,120}?(?:^|[ \\t/"'])(${CREDENTIAL_FILE})(?=["'\\s;&|)]|$)`,
  'i',
);
/** `sed -i '/^\\.npmrc$/d' .gitignore`: the ignore entry of a credential file deleted. */
const UNIGNORE = new RegExp(
  `\\bsed\\b[^\\n]{0,40}-i\\b[^\\n]{0,80}?(${CREDENTIAL_FILE})[^\\n]{0,40}\\/d\\b[^\\n]{0,40}\\.gitignore\\b`,
  'i',
);
/**
 * A credential written into a file by a command (`echo "…:_authToken=<TOKEN>" > .npmrc`): a value typed
 * in, not a reference to the environment (`${NPM_TOKEN}`), which keeps the file safe to commit.
 */
const WRITES_CREDENTIAL =
  /(?:_auth(?:Token)?|_password|password|passwd|token|secret|api[_-]?key|access[_-]?key)["']?[ \t]{0,4}[=:][ \t]{0,4}(?!["']?\$)[^\s"'][^\n]{0,200}?(?:["' \t]>{1,2}|\|[ \t]{0,4}tee(?:[ \t]{1,4}-a)?[ \t])[ \t]{0,4}["']?(?:[\w.~/-]{0,200}\/)?([\w.-]{1,80})/i;
const MAX_COMMIT_LINES = 20_000;

/**
 * Commits a credential the skill writes: a token or password written into a registry, netrc or env
 * file, and that file force-added to git (`git add -f .npmrc`) or its `.gitignore` entry deleted. The
 * token lands in the repository's history, readable by everyone who can clone it.
 */
function committedCredentials({ files }: CustomInput): RawHit[] {
  const written = new Set<string>();
  const places: { file: string; line: number; evidence: string; name: string }[] = [];
  for (const f of files) {
    if (!/git|>/.test(f.text)) continue;
    const lines = linesOf(f.text);
    for (let i = 0; i < Math.min(lines.length, MAX_COMMIT_LINES); i++) {
      const line = lines[i].slice(0, 600);
      const w = WRITES_CREDENTIAL.exec(line);
      if (w) written.add(w[1].toLowerCase());
      const m = FORCE_ADD.exec(line) ?? UNIGNORE.exec(line);
      if (m)
        places.push({
          file: f.path,
          line: i + 1,
          evidence: line.trim().slice(0, 200),
          name: m[1].toLowerCase(),
        });
    }
  }
  return places
    .filter((p) => written.has(p.name))
    .map(({ file, line, evidence }) => ({ file, line, evidence }));
}

/**
 * A TSIG key (the shared secret that signs zone transfers and dynamic updates) written out in a DNS
 * server's configuration or a client command: CoreDNS `tsig { secret NAME KEY }`, BIND/Knot/NSD
 * `secret "KEY";` / `secret: KEY`, `nsupdate`/`dig -y [ALG:]NAME:KEY`, certbot's
 * `dns_rfc2136_secret`, PowerDNS `import-tsig-key NAME ALG KEY`. Everyone with the skill holds it.
 */
const TSIG_SECRET = gated(
  /\bsecret\s{1,4}[\w.-]{1,253}\s{1,4}([A-Za-z0-9+/]{16,512}={0,2})(?![\w+/=])|\bsecret\s{0,4}[:=]?\s{0,4}"([A-Za-z0-9+/]{16,512}={0,2})"\s{0,4};|^[ \t]*secret[ \t]*:[ \t]*["']?([A-Za-z0-9+/]{16,512}={0,2})["']?[ \t]*$|\s-y\s{1,4}["']?(?:hmac-[\w-]{1,20}:)?[\w.-]{1,253}:([A-Za-z0-9+/]{16,512}={0,2})|["']hmac-(?:md5|sha\d{1,3})(?:\.sig-alg\.reg\.int)?:[\w.-]{1,253}:([A-Za-z0-9+/]{16,512}={0,2})["']|\bdns_rfc2136_secret\s{0,4}=\s{0,4}([A-Za-z0-9+/]{16,512}={0,2})\s{0,4}$|\bimport-tsig-key\s{1,4}[\w.-]{1,253}\s{1,4}[\w-]{1,30}\s{1,4}([A-Za-z0-9+/]{16,512}={0,2})/gim,
);
/** A TSIG key is named by its setting: the file configures one (CoreDNS `tsig`, `algorithm hmac-…`). */
const TSIG_CONTEXT =
  /\btsig\b|\balgorithm\s{0,4}[:=]?\s{0,4}["']?hmac-|\bhmac-(?:md5|sha\d{1,3})\b|\bnsupdate\b|\brfc2136\b|\bpdnsutil\b/i;
/** A key that is a stand-in: one repeated character, a short alphabet run, a template. */
const TSIG_PLACEHOLDER = /^(.)\1{7,}|^(?:abcd|aaaa|xxxx|0000|1234)/i;
/**
 * Transfers or updates allowed from any address, so the key is the only gate: CoreDNS
 * `transfer { to * }`, BIND `allow-transfer { any; }` / `{ key NAME; }`, Knot/NSD `address: 0.0.0.0/0`.
 */
const OPEN_TO_ANY =
  /\btransfer\b[^{}\n]{0,200}\{[^}]{0,400}?\bto\s{1,4}\*|\ballow-(?:transfer|update)\s{0,4}\{\s{0,4}(?:any|key\s{1,4}"?[\w.-]{1,253}"?)\s{0,4};\s{0,4}\}|\b(?:address|provide-xfr|allow-notify)\s{0,4}[:=]?\s{0,4}\[?\s{0,4}(?:0\.0\.0\.0\/0|::\/0)\b/i;

function shippedTsigKeys({ files }: CustomInput): RawHit[] {
  let hit: RawHit | null = null;
  for (const file of files) {
    TSIG_SECRET.lastIndex = 0;
    if (!testFile(TSIG_SECRET, file) || !TSIG_CONTEXT.test(file.text)) continue;
    TSIG_SECRET.lastIndex = 0;
    for (let m = TSIG_SECRET.exec(file.text); m !== null; m = TSIG_SECRET.exec(file.text)) {
      const key = m.slice(1).find((g) => g !== undefined) ?? '';
      if (TSIG_PLACEHOLDER.test(key) || !/\d/.test(key) || !/[a-z]/.test(key) || !/[A-Z]/.test(key)) continue;
      const line = file.text.slice(0, m.index + m[0].search(/\S/)).split('\n').length;
      hit = { file: file.path, line, evidence: (linesOf(file.text)[line - 1] ?? '').trim().slice(0, 200) };
      break;
    }
    if (hit) break;
  }
  if (!hit) return [];
  const open = files.some((f) => OPEN_TO_ANY.test(f.text));
  return [{ ...hit, severity: open ? 'HIGH' : 'MEDIUM' }];
}

/**
 * A password written into a file-transfer or database URL (`sftp://user:password@host`,
 * `postgresql://app:password@db.host`): the script logs in as that account wherever it runs.
 */
const URL_CREDENTIAL =
  /\b(?:s?ftps?|ftpes|scp|smb|webdavs?|postgres(?:ql)?|mysql|mariadb|mssql|sqlserver|mongodb(?:\+srv)?|rediss?|amqps?):\/\/([^:@\s"'/]{1,100}):([^@\s"'/]{1,200})@([A-Za-z0-9.-]{1,253})/gi;
const URL_CREDENTIAL_ONE = new RegExp(URL_CREDENTIAL.source, 'i');
/** A password filled in at run time (`%PW%`, `$PW`, `${PW}`, `{{pw}}`, `<pw>`, `***`) or a stock default. */
const URL_PASSWORD_STAND_IN =
  /^(?:%|\$|\{|<|\*{1,40}$)|^(?:pass(?:word)?|secret|changeme|postgres|root|admin|guest|user|pw|pwd|u|x{1,40})$/i;

function urlCredentialShipped(m: MatchInfo): boolean {
  const g = URL_CREDENTIAL_ONE.exec(m.match);
  if (!g || /\.(?:md|markdown|mdx|rst|txt\.md)$/i.test(m.segment.file) || FIXTURE_DIR.test(m.segment.file))
    return false;
  const password = g[2];
  return (
    password.length >= 6 &&
    !URL_PASSWORD_STAND_IN.test(password) &&
    !PLACEHOLDER.test(password) &&
    !isLocalHost(g[3])
  );
}

export const SECRET_RULES: AnyRule[] = [
  secret('SG-SECRET-001', 'HIGH', 'Contains a private key', new RegExp(`${LONG_KEY}|${OTHER_KEY}`, 'g'), [
    'private key',
  ]),
  secret('SG-SECRET-002', 'HIGH', 'Contains an AWS access key id', /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, [
    'akia',
    'asia',
  ]),
  secret(
    'SG-SECRET-003',
    'MEDIUM',
    'Contains a GitHub token',
    /\b(?:gh[pousr]_[A-Za-z0-9]{36,}|github_pat_[A-Za-z0-9_]{40,})\b/g,
    ['ghp_', 'gho_', 'ghu_', 'ghs_', 'ghr_', 'github_pat_'],
  ),
  secret('SG-SECRET-004', 'MEDIUM', 'Contains a Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}\b/g, ['xox']),
  secret(
    'SG-SECRET-005',
    'MEDIUM',
    'Contains an AI provider API key',
    /\bsk-(?:ant-(?:api\d\d-)?|proj-)?[A-Za-z0-9_-]{32,}\b/g,
    ['sk-'],
  ),
  secret('SG-SECRET-006', 'MEDIUM', 'Contains a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/g, ['aiza']),
  secret(
    'SG-SECRET-007',
    'MEDIUM',
    "Contains a Stripe live secret key (HIGH when the skill's code authenticates with it: charges and payment links it creates pay the key's owner)",
    /\b[rs]k_live_[0-9a-zA-Z]{24,}\b/g,
    ['_live_'],
    usedByCode,
  ),
  secret(
    'SG-SECRET-008',
    'MEDIUM',
    'Contains an npm or PyPI publish token',
    /\bnpm_[A-Za-z0-9]{36,}\b|\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g,
    ['npm_', 'pypi-'],
  ),
  secret(
    'SG-SECRET-010',
    'HIGH',
    "Contains an AWS secret access key (with its access key id, full use of the key owner's account: data the skill uploads goes to their buckets)",
    AWS_SECRET_KEY,
    ['secret_access_key', 'secretaccesskey', 'secret_key', 'secretkey'],
  ),
  {
    ...secret(
      'SG-SECRET-011',
      'HIGH',
      "Contains an Azure storage or Service Bus account key (a connection string's AccountKey / SharedAccessKey: full use of the key owner's storage, so what the skill uploads goes to them)",
      AZURE_ACCOUNT_KEY,
      ['accountkey=', 'sharedaccesskey='],
    ),
    // Azurite's published development key: the local emulator, not an account.
    unless: /devstoreaccount1|Eby8vdM02xNOcqFl/,
  },
  secret(
    'SG-SECRET-012',
    'MEDIUM',
    'Contains a Microsoft Entra ID (Azure AD) app client secret',
    /(?<![\w~.-])[A-Za-z0-9_~.]{3}\dQ~[A-Za-z0-9_~.-]{31,34}(?![\w~.-])/g,
    ['q~'],
  ),
  {
    type: 'pattern',
    id: 'SG-SECRET-017',
    family: 'secrets',
    severity: 'MEDIUM',
    message:
      'Contains a password written into a file-transfer or database URL (user:password@host) in a shipped script or config',
    remediation:
      'Remove the password from the URL and rotate it; use a stored session, a key file or the environment, and pin the server host key.',
    pattern: URL_CREDENTIAL,
    hints: ['://'],
    in: 'any',
    adjust: (m) => (urlCredentialShipped(m) ? 'MEDIUM' : null),
  },
  {
    type: 'custom',
    id: 'SG-SECRET-009',
    family: 'secrets',
    severity: 'HIGH',
    message:
      "Contains a credential split into pieces across files (a provider's key prefix stored alone, the rest of the key elsewhere) for the code to reassemble",
    remediation: REMEDIATION,
    check: splitKeys,
  },
  {
    type: 'custom',
    id: 'SG-SECRET-013',
    family: 'secrets',
    severity: 'HIGH',
    message:
      'Ships an environment file (.env, .Renviron, x.env) holding live API or access keys for a remote service, loaded by the skill’s code: what the skill publishes or uploads goes to the key owner’s account (MEDIUM when not loaded or no remote endpoint)',
    remediation:
      'Ship only a template with placeholders (`API_KEY=`); read the user’s own credentials from their environment and publish to the account they choose.',
    check: shippedEnvCredentials,
  },
  {
    type: 'custom',
    id: 'SG-SECRET-014',
    family: 'secrets',
    severity: 'HIGH',
    message:
      'Commits a credential to the repository: writes a token or password into a credential file (.npmrc, .pypirc, .netrc, .env) and force-adds it to git or deletes its .gitignore entry',
    remediation:
      'Keep credential files out of version control; reference the token from the environment (`${NPM_TOKEN}`) or a CI secret.',
    check: committedCredentials,
  },
  {
    type: 'custom',
    id: 'SG-SECRET-015',
    family: 'secrets',
    severity: 'HIGH',
    message:
      'Ships a TSIG key (the shared secret for DNS zone transfers and dynamic updates) in a DNS server configuration or client command; HIGH when transfers or updates are open to any address, so whoever holds the key can pull or change the zone from anywhere',
    remediation:
      'Generate the TSIG key on the server at install time (tsig-keygen / keymgr) and restrict transfers and updates to the secondaries’ addresses as well as the key.',
    check: shippedTsigKeys,
  },
  {
    type: 'custom',
    id: 'SG-SECRET-016',
    family: 'secrets',
    severity: 'HIGH',
    message:
      'Ships an OAuth client secret in a script that uses it for a client-credentials grant, while its documentation has the administrator authorise that client id: every copy of the skill can mint tokens with what the admin granted',
    remediation:
      'Have each institution register its own client and read the id and secret from the environment; never ship a confidential client’s secret.',
    check: ({ files }) => shippedClientSecrets(files),
  },
];
