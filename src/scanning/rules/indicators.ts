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

/** A piped-into interpreter that executes what it reads. */
export const SHELL_SINK =
  '\\|\\s*(?:sudo\\s+(?:-\\S+\\s+)*)?(?:env\\s+(?:\\S+=\\S*\\s+)*)?(?:/usr/bin/|/bin/|/usr/local/bin/)?(?:(?:ba|z|da|k|fi)?sh\\b(?!\\S)|(?:python[0-9.]*|node|perl|ruby|php)(?:\\s+-)?\\s*(?=$|[;&|)\\n\'"`])|iex\\b|invoke-expression\\b|pwsh\\b|powershell\\b)';

const PRIVATE_IP = /^(?:10\.|127\.|0\.|192\.168\.|172\.(?:1[6-9]|2\d|3[01])\.|169\.254\.|255\.)/;

export function ipHost(text: string): string | null {
  const m =
    /\b(?:https?|ftp|tcp|udp):\/\/((?:\d{1,3}\.){3}\d{1,3})\b|\/dev\/(?:tcp|udp)\/((?:\d{1,3}\.){3}\d{1,3})/i.exec(
      text,
    );
  return m ? (m[1] ?? m[2]) : null;
}

export function isPublicIp(ip: string): boolean {
  const parts = ip.split('.').map(Number);
  return parts.every((p) => p <= 255) && !PRIVATE_IP.test(ip);
}

/** Registrable-looking words of the URL's host (and GitHub owner) to compare with the skill's identity. */
export function hostWords(text: string): string[] {
  const m = /https?:\/\/([^/\s"'`)]+)(\/[^\s"'`)]*)?/i.exec(text);
  if (!m) return [];
  const labels = m[1].toLowerCase().split(':')[0].split('.');
  const generic = new Set([
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
  const words = labels.filter((l) => l.length >= 2 && !generic.has(l));
  if (/github(?:usercontent)?\.com$/.test(m[1].toLowerCase()) && m[2])
    words.push(m[2].split('/')[1]?.toLowerCase() ?? '');
  return words.filter(Boolean);
}

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
export function isFirstParty(text: string, identity: string): boolean {
  const words = hostWords(text);
  const tokens = identity.split(/[^a-z0-9]+/).filter((t) => t.length >= 4 && !GENERIC_TOKENS.has(t));
  return words.some(
    (w) =>
      (w.length >= 2 && new RegExp(`\\b${w.replace(/[^a-z0-9-]/g, '')}\\b`).test(identity)) ||
      tokens.some((t) => w.includes(t) && !GENERIC_TOKENS.has(w)),
  );
}
