import type { PatternRule } from '../rule.types.js';

const REMEDIATION = 'Remove the miner; skills must not use the host’s compute for cryptocurrency mining.';

export const MINING_RULES: PatternRule[] = [
  {
    type: 'pattern',
    id: 'SG-MINER-001',
    family: 'mining',
    severity: 'CRITICAL',
    message: 'Connects to a mining pool (stratum protocol)',
    remediation: REMEDIATION,
    pattern: /\bstratum\d?\+(?:tcp|ssl|tls)s?:\/\/[^\s"'`]+/gi,
    hints: ['stratum'],
    starts: ['stratum'],
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
    severity: 'MEDIUM',
    message: 'Miner-style options (wallet address, donate level, all CPU threads)',
    remediation: REMEDIATION,
    pattern:
      /--donate-level\b|--(?:user|wallet)\s+["']?\$?\w*\s*[^\n]{0,40}--threads?\s+\$\(nproc\)|\b4[0-9AB][1-9A-HJ-NP-Za-km-z]{93}\b/g,
    hints: ['donate-level', 'nproc', '4'],
    in: 'code',
  },
];
