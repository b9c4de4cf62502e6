/** Indicator classes shared by several families (host kinds, not individual hosts). */
export const PASTE_HOSTS =
  'pastebin\\.com|paste\\.ee|paste\\.c-net\\.org|glot\\.io|rentry\\.(?:co|org)|hastebin\\.\\w+|ghostbin\\.\\w+|dpaste\\.\\w+|termbin\\.com|0x0\\.st|transfer\\.sh|controlc\\.com|justpaste\\.it|pastes\\.io|paste\\.rs|privatebin\\.\\w+|ix\\.io|sprunge\\.us|bpa\\.st|pastie\\.org|paste\\.mozilla\\.org|hst\\.sh|gist\\.githubusercontent\\.com';
export const PASTE_HINTS = [
  'paste',
  'glot.io',
  'rentry',
  'hastebin',
  'ghostbin',
  'termbin',
  '0x0.st',
  'transfer.sh',
  'controlc',
  'justpaste',
  'ix.io',
  'sprunge',
  'bpa.st',
  'hst.sh',
  'gist.githubusercontent',
];

export const BIN_HOSTS =
  'webhook\\.site|requestbin\\.\\w+|[\\w-]+\\.m\\.pipedream\\.net|pipedream\\.net|[\\w-]+\\.ngrok(?:-free)?\\.(?:io|app|dev)|ngrok\\.io|interact\\.sh|[\\w-]+\\.oast\\.(?:fun|me|live|site|online|pro)|burpcollaborator\\.net|oastify\\.com|beeceptor\\.com|requestcatcher\\.com|hookbin\\.com|canarytokens\\.\\w+|mockbin\\.\\w+|postb\\.in|[\\w-]+\\.trycloudflare\\.com|serveo\\.net|[\\w-]+\\.loca\\.lt|localtunnel\\.me|[\\w-]+\\.requestrepo\\.com|dnslog\\.cn|ceye\\.io';
export const BIN_HINTS = [
  'webhook.site',
  'requestbin',
  'pipedream',
  'ngrok',
  'interact.sh',
  'oast',
  'burpcollaborator',
  'oastify',
  'beeceptor',
  'requestcatcher',
  'hookbin',
  'canarytokens',
  'mockbin',
  'postb.in',
  'trycloudflare',
  'serveo',
  'loca.lt',
  'localtunnel',
  'requestrepo',
  'dnslog',
  'ceye.io',
];

/** Environment variable names that hold credentials. */
export const SECRET_NAME =
  '[A-Z0-9_]*(?:KEY|TOKEN|SECRET|PASSWORD|PASSWD|PRIVATE_KEY|CREDENTIALS?|ACCESS_KEY|AUTH|DATABASE_URL|SESSION|COOKIE)[A-Z0-9_]*';
/** One of these occurs in every SECRET_NAME, whatever its case: a `needs` group. */
export const SECRET_NAME_WORDS = [
  'key',
  'token',
  'secret',
  'passw',
  'credential',
  'auth',
  'database_url',
  'session',
  'cookie',
];

/** A piped-into interpreter that executes what it reads. */
export const SHELL_SINK =
  '\\|\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:env\\s+(?:\\S+=\\S*\\s+)*)?(?:/usr/bin/|/bin/|/usr/local/bin/)?(?:(?:ba|z|da|k|fi)?sh\\b(?![\\w.\\-/])|(?:python[0-9.]*|node|perl|ruby|php)(?:\\s+-)?\\s*(?=$|[;&|)\\n\'"`])|iex\\b|invoke-expression\\b|pwsh\\b|powershell\\b)';

export function ipHost(text: string): string | null {
  const m =
    /\b(?:https?|ftp|tcp|udp):\/\/((?:\d{1,3}\.){3}\d{1,3})\b|\/dev\/(?:tcp|udp)\/((?:\d{1,3}\.){3}\d{1,3})/i.exec(
      text,
    );
  return m ? (m[1] ?? m[2]) : null;
}

/**
 * An IPv4 address outside the private, loopback, link-local, carrier-grade NAT (100.64/10),
 * multicast and reserved ranges: one nobody reaches only from inside their own network.
 */
export function isPublicIp(ip: string): boolean {
  const [a, b, ...rest] = ip.split('.').map(Number);
  if ([a, b, ...rest].some((p) => p > 255)) return false;
  return !(
    a === 0 ||
    a === 10 ||
    a === 127 ||
    a >= 224 ||
    (a === 100 && b >= 64 && b <= 127) ||
    (a === 169 && b === 254) ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168)
  );
}

const LOCAL_NAME = /^(?:localhost|[\w.-]{0,200}\.(?:local|localhost|internal|lan))$/i;
const IPV4 = /^\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3}$/;

/** The machine itself or its private network (a local name or a non-public IPv4): nothing sent there leaves. */
export function isLocalHost(host: string): boolean {
  return LOCAL_NAME.test(host) || (IPV4.test(host) && !isPublicIp(host));
}

/**
 * Names no public DNS serves (ICANN's never-delegated `.corp`, `.home.arpa`, `.intranet`). A public name
 * that merely reads internal (`corp.<tld>`, `internal-pkgs.net`) is anyone's to register, so it is not one.
 */
const INTERNAL_NAME = /^(?:[\w-]{1,63}\.){1,8}(?:corp|intranet|home\.arpa)$/i;

/**
 * A host only the user's own network reaches (isLocalHost, or an internal name): a skill's author
 * cannot serve anything from it, so what it serves is the organisation's own (its package feed,
 * its mirror of an installer).
 */
export function isInternalHost(host: string): boolean {
  return isLocalHost(host) || INTERNAL_NAME.test(host);
}

/**
 * Package-repository hosts that serve each publisher's repository setup script under the publisher's
 * name (`packagecloud.io/install/repositories/<owner>/<repo>/script.deb.sh`,
 * `dl.cloudsmith.io/public/<owner>/<repo>/setup.deb.sh`): like a GitHub owner, the name is the publisher.
 */
const REPO_HOST_OWNER: [RegExp, RegExp][] = [
  [/^packagecloud\.io$/, /^\/install\/repositories\/([\w.-]{1,100})\//],
  [/^dl\.cloudsmith\.io$/, /^\/public\/([\w.-]{1,100})\//],
];

function repoHostOwner(host: string, path: string): string | null {
  for (const [h, p] of REPO_HOST_OWNER) if (h.test(host)) return p.exec(path)?.[1].toLowerCase() ?? null;
  return null;
}

/**
 * Words of the URL's registrable domain (and GitHub owner) to compare with the skill's identity.
 * Subdomains are left out: anyone can name `winget.some-cdn.net` after the product they imitate.
 */
export function hostWords(text: string): { domain: string | null; owner: string | null } {
  const m = /https?:\/\/([^/\s"'`)]+)(\/[^\s"'`)]*)?/i.exec(text);
  if (!m) return { domain: null, owner: null };
  const host = m[1].toLowerCase().split(':')[0];
  const labels = host.split('.');
  const second = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2;
  const name = labels.length >= second ? labels[labels.length - second] : labels[0];
  const onGitHub = /github(?:usercontent)?\.com$/.test(host);
  return {
    domain: name.length >= 2 && !GENERIC_HOST.has(name) ? name : null,
    owner: onGitHub && m[2] ? m[2].split('/')[1]?.toLowerCase() || null : repoHostOwner(host, m[2] ?? ''),
  };
}

/** `co.uk`, `com.au`: the registrable name is one label further left. */
const SECOND_LEVEL = new Set(['co', 'com', 'net', 'org', 'gov', 'ac', 'edu']);

/** `edge.relay.example.net` → `example.net`; `a.b.co.uk` → `b.co.uk`. */
export function registrable(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  const n = labels.length >= 3 && SECOND_LEVEL.has(labels[labels.length - 2]) ? 3 : 2;
  return labels.slice(-n).join('.');
}
const GENERIC_HOST = new Set([
  'www',
  'com',
  'io',
  'dev',
  'sh',
  'ai',
  'co',
  'org',
  'net',
  'app',
  'cli',
  'get',
  'raw',
  'install',
  'download',
  'downloads',
  'cdn',
  'static',
  'api',
  'githubusercontent',
  'github',
  'releases',
  'objects',
]);

/** The URL belongs to the vendor the skill is about (its name/description mention the host). */
const GENERIC_TOKENS = new Set([
  'setup',
  'service',
  'services',
  'install',
  'installer',
  'tools',
  'tool',
  'helper',
  'skill',
  'skills',
  'agent',
  'agents',
  'cloud',
  'data',
  'code',
  'core',
  'main',
  'utils',
  'update',
  'package',
  'server',
  'client',
  'files',
  'download',
  'github',
  'script',
  'scripts',
  'with',
  'from',
  'your',
  'this',
  'that',
  'using',
  'tasks',
]);

/** The URL belongs to the vendor the skill is about (its name/description mention the host or owner). */
/**
 * Hosts whose documented `curl … | sh` installers are standard setup steps of widely used tools
 * (still MEDIUM, so the skill starts Untrusted; never LOW). Some vendors serve theirs from a shared
 * app host (GAM7, the Google Workspace admin CLI: `bash <(curl … gam-shortn.appspot.com/gam-install)`),
 * which only the exact installer path can vouch for.
 */
const KNOWN_INSTALLERS =
  /^https?:\/\/(?:sh\.rustup\.rs|astral\.sh|deno\.land|bun\.sh|get\.docker\.com|install\.python-poetry\.org|get\.pnpm\.io|ollama\.com|tailscale\.com|fly\.io|get\.k3s\.io|sdkman\.io|cli\.github\.com|gam-shortn\.appspot\.com\/gam-install\b|community\.chocolatey\.org\/install\.ps1\b|raw\.githubusercontent\.com\/(?:Homebrew|nvm-sh|rbenv|pyenv)\/)/i;

/** A product name written without its separator (`terncli` for the Tern CLI, `tern-cli`). */
function squashedName(domain: string, identity: string): boolean {
  if (domain.length < 6) return false;
  const words = identity.split(/[^a-z0-9]+/).filter(Boolean);
  const distinctive = (w: string) => w.length >= 4 && !GENERIC_TOKENS.has(w);
  for (let i = 0; i + 1 < words.length; i++) {
    const [a, b] = [words[i], words[i + 1]];
    if (a + b === domain && (distinctive(a) || distinctive(b))) return true;
  }
  return false;
}

/** Whether the skill's identity has `word` as a whole word (`tracelight` in "tracelight agent setup"). */
export function namesWord(identity: string, word: string): boolean {
  return new RegExp(`\\b${word.replace(/[^a-z0-9-]/g, '')}\\b`).test(identity);
}

export function isFirstParty(text: string, identity: string): boolean {
  const url = /https?:\/\/[^\s"'`)]+/i.exec(text)?.[0];
  if (url && KNOWN_INSTALLERS.test(url)) return true;
  const { domain, owner } = hostWords(text);
  const tokens = distinctiveTokens(identity);
  const named = (w: string) => w.length >= 2 && namesWord(identity, w);
  return (
    (domain !== null &&
      (named(domain) ||
        squashedName(domain, identity) ||
        // Whole parts only: a domain such as `promptkit-cdn` is the cheapest disguise of all.
        domain.split('-').some((part) => tokens.includes(part)))) ||
    (owner !== null && (named(owner) || decoratesName(owner, tokens)))
  );
}

/** The identity's words that can name a product (not `setup`, `tool`, `cloud`…). */
function distinctiveTokens(identity: string): string[] {
  return identity.split(/[^a-z0-9]+/).filter((t) => t.length >= 4 && !GENERIC_TOKENS.has(t));
}

/** Vendors' GitHub organisations often decorate the product's name (`exploreomni` for Omni). */
function decoratesName(owner: string, tokens: string[]): boolean {
  return !GENERIC_TOKENS.has(owner) && tokens.some((t) => owner.includes(t));
}

/**
 * Stricter than isFirstParty: a known installer, or a domain (or GitHub owner) that is the product's
 * whole name, never a lookalike that shares a word with it or glues two (`recap-vault` for a recap skill).
 */
export function isVendorsOwnHost(text: string, identity: string): boolean {
  const url = /https?:\/\/[^\s"'`)]+/i.exec(text)?.[0];
  if (url && KNOWN_INSTALLERS.test(url)) return true;
  const { domain, owner } = hostWords(text);
  const named = (w: string | null) => w !== null && w.length >= 2 && namesWord(identity, w);
  return named(domain) || named(owner);
}

/**
 * Where a vendor serves its own installer from: its own host (isVendorsOwnHost), the product's name
 * without its separator (`terncli` for the Tern CLI) or a GitHub organisation that decorates the name
 * (`exploreomni`); never a new compound of the skill's words (`devbox-winget` for a winget devbox skill).
 */
export function isVendorsInstallHost(text: string, identity: string): boolean {
  if (isVendorsOwnHost(text, identity)) return true;
  const { domain, owner } = hostWords(text);
  const tokens = distinctiveTokens(identity);
  return (
    (domain !== null &&
      (squashedName(domain, identity) ||
        languageDomain(domain, tokens) ||
        projectOsDomain(text, domain, identity))) ||
    (owner !== null && decoratesName(owner, tokens))
  );
}

/** A project's domain that adds `os` to its name (`nixos` for Nix). */
const OS_DOMAIN = /^([a-z0-9]{3,30}?)-?os$/;
/** The path after the host of the first URL of a text. */
const URL_PATH = /https?:\/\/[^/\s"'`)]{1,253}(\/[^\s"'`)]{0,400})/i;

/**
 * A project that serves its installer from its `os` domain under its own name (`nixos.org/nix/install`
 * for a Nix skill): the name before `os` is a word of the identity and also the first folder of the
 * path, so a domain that merely starts with a word of the skill's name is not enough.
 */
function projectOsDomain(text: string, domain: string, identity: string): boolean {
  const name = OS_DOMAIN.exec(domain)?.[1];
  if (name === undefined || GENERIC_TOKENS.has(name) || !namesWord(identity, name)) return false;
  const path = URL_PATH.exec(text)?.[1] ?? '';
  return path.split('/')[1]?.toLowerCase() === name;
}

/** A programming language project's domain: its name and `lang` (`julialang`, `rust-lang`, `ziglang`). */
const LANGUAGE_DOMAIN = /^([a-z0-9]{4,30}?)-?lang$/;

/**
 * Whether the domain is the language's own (`julialang` for a skill that installs Julia): the name
 * before `lang` is one of the identity's distinctive words, never a generic one (`toolslang`).
 */
function languageDomain(domain: string, tokens: string[]): boolean {
  const name = LANGUAGE_DOMAIN.exec(domain)?.[1];
  return name !== undefined && tokens.includes(name);
}

/**
 * A script from a GitHub repository named for the tool the skill is about, at a release tag or a
 * commit (`raw.githubusercontent.com/<owner>/actionlint/v1.7.1/…` for an actionlint skill): the
 * project's own installer, pinned, not whatever a branch serves today.
 */
const PINNED_REPO_SCRIPT =
  /https:\/\/(?:raw\.githubusercontent\.com\/[\w.-]{1,100}\/([\w.-]{1,100})|github\.com\/[\w.-]{1,100}\/([\w.-]{1,100})\/(?:raw|releases\/download))\/(v?\d{1,4}(?:\.\d{1,6}){1,3}|[0-9a-f]{40})\//i;

export function isPinnedToolRepoScript(text: string, identity: string): boolean {
  const m = PINNED_REPO_SCRIPT.exec(text);
  const repo = (m?.[1] ?? m?.[2])?.toLowerCase();
  return repo !== undefined && repo.length >= 4 && !GENERIC_TOKENS.has(repo) && namesWord(identity, repo);
}
