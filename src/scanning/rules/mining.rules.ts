import type { MatchInfo, PatternRule } from '../rule.types.js';
import type { Severity } from '../scan.types.js';

const REMEDIATION = 'Remove the miner; skills must not use the host’s compute for cryptocurrency mining.';

/**
 * The pattern argument of a search command (`grep -Ei 'xmrig|minerd'`, `pgrep -f kdevtmpfsi`,
 * `Select-String -Pattern 'stratum'`): a checker looking for miners names them.
 */
const SEARCH_ARG =
  /\b(?:grep|egrep|fgrep|zgrep|pgrep|rg|ack|findstr|Select-String)\b(?:[ \t]{1,4}-{1,2}[\w-]{1,30}(?:=[^\s'"|;&]{0,100})?){0,8}[ \t]{1,4}(?:'[^'\n]{0,500}'|"[^"\n]{0,500}"|[^\s|;&'"]{1,200})/gi;
const MAX_SEARCH_LINE = 2000;

/** Whether the matched name occurs on its line only inside search patterns (the line runs no miner). */
function searchedFor(m: MatchInfo): boolean {
  const line = m.lineText.slice(0, MAX_SEARCH_LINE);
  if (!/\b(?:grep|egrep|fgrep|zgrep|pgrep|rg|ack|findstr|Select-String)\b/i.test(line)) return false;
  const rest = line.replace(SEARCH_ARG, ' ').toLowerCase();
  return !rest.includes(m.match.toLowerCase());
}

/** A miner's name or option looked for by a search command is a check, not a run. */
const unlessSearched =
  (severity: Severity) =>
  (m: MatchInfo): Severity =>
    searchedFor(m) ? 'MEDIUM' : severity;

export const MINING_RULES: PatternRule[] = [
  {
    type: 'pattern',
    id: 'SG-MINER-001',
    family: 'mining',
    severity: 'CRITICAL',
    message: 'Connects to a mining pool (stratum protocol)',
    remediation: REMEDIATION,
    // A browser miner reaches its pool over a WebSocket proxy: `wss://stratum.host:443` (HIGH: a host name only).
    pattern: /\bstratum\d?\+(?:tcp|ssl|tls)s?\b(?::\/\/[^\s"'`]*)?|\bwss?:\/\/stratum\d?[.-][\w.-]{1,200}/gi,
    hints: ['stratum'],
    starts: ['stratum', 'ws'],
    adjust: (m) => (searchedFor(m) ? 'MEDIUM' : /^wss?:/i.test(m.match) ? 'HIGH' : 'CRITICAL'),
  },
  {
    type: 'pattern',
    id: 'SG-MINER-002',
    family: 'mining',
    severity: 'HIGH',
    message: 'Runs or downloads a cryptocurrency miner',
    remediation: REMEDIATION,
    pattern:
      /\b(?:xmrig|xmr-stak|cpuminer|minerd|ethminer|nbminer|t-rex|lolminer|phoenixminer|gminer|srbminer|teamredminer|cgminer|bfgminer|ccminer|nanominer|xmrminer)\b/gi,
    hints: ['xmr', 'miner'],
    in: 'code',
    adjust: unlessSearched('HIGH'),
  },
  {
    type: 'pattern',
    id: 'SG-MINER-003',
    family: 'mining',
    severity: 'HIGH',
    message: 'References a mining pool host',
    remediation: REMEDIATION,
    pattern:
      /\b(?:[\w-]+\.)?(?:minexmr|supportxmr|nanopool|2miners|f2pool|nicehash|moneroocean|hashvault|herominers|c3pool|unmineable|ethermine|viabtc|antpool|miningpoolhub|kryptex)\.(?:com|org|net|pro|io)\b/gi,
    hints: [
      'minexmr',
      'supportxmr',
      'nanopool',
      '2miners',
      'f2pool',
      'nicehash',
      'moneroocean',
      'hashvault',
      'herominers',
      'c3pool',
      'unmineable',
      'ethermine',
      'viabtc',
      'antpool',
      'miningpoolhub',
      'kryptex',
    ],
    in: 'code',
  },
  {
    type: 'pattern',
    id: 'SG-MINER-004',
    family: 'mining',
    severity: 'HIGH',
    message: 'Miner-style options (wallet address, donate level, all CPU threads)',
    remediation: REMEDIATION,
    pattern:
      /--donate-level\b|["']donate[-_]level["']\s*:|\bdonate[-_]level\s*=|--(?:user|wallet)\s+["']?\$?\w*\s*[^\n]{0,40}--threads?\s+\$\(nproc\)|\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b|--(?:cpu-max-threads-hint|max-cpu-usage|randomx-(?:1gb-pages|mode|no-numa|wrmsr|no-rdmsr|init))\b/g,
    // XMRig's own CPU options (`--cpu-max-threads-hint=70`, `--randomx-1gb-pages`) name the miner whatever the binary is called.
    hints: [
      'donate-level',
      'donate_level',
      'nproc',
      '4',
      'cpu-max-threads-hint',
      'max-cpu-usage',
      'randomx-',
    ],
    in: 'code',
    adjust: unlessSearched('HIGH'),
  },
  {
    type: 'pattern',
    id: 'SG-MINER-005',
    family: 'mining',
    severity: 'HIGH',
    message: 'Names a proof-of-work mining algorithm or an in-browser miner',
    remediation: REMEDIATION,
    pattern:
      /\b(?:cryptonight(?:[-_/]\w+)?|cn[-/](?:pico|lite|heavy|half|gpu|r)\b|randomx|rx\/0|kawpow|ethash|autolykos2?|coinhive|coin-hive|cryptoloot|coinimp|webminepool|minero\.cc)\b/gi,
    hints: [
      'cryptonight',
      'cn-',
      'cn/',
      'randomx',
      'rx/0',
      'kawpow',
      'ethash',
      'autolykos',
      'coinhive',
      'coin-hive',
      'cryptoloot',
      'coinimp',
      'webminepool',
      'minero',
    ],
    in: 'code',
    adjust: unlessSearched('HIGH'),
  },
  {
    type: 'pattern',
    id: 'SG-MINER-006',
    family: 'mining',
    severity: 'HIGH',
    message: 'Configures the stratum mining protocol as a setting (pool URL assembled from parts)',
    remediation: REMEDIATION,
    // `proto: stratum` beside `transport: tcp` and `host:`: joined into stratum+tcp://host:port at run time.
    // A stratum level (`stratum: 2`, NTP) is a number under its own key, not a protocol's value.
    pattern:
      /\b(?:proto(?:col)?|scheme|pool[_-]?(?:proto(?:col)?|scheme))["']?\s*[:=]\s*["']?stratum(?:v?\d)?(?:\+(?:tcp|ssl|tls))?(?![\w.-])/gi,
    hints: ['stratum'],
    starts: ['proto', 'scheme', 'pool'],
    in: 'code',
  },
];
