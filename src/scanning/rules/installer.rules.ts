import type { PatternRule } from '../rule.types.js';
import { isFirstParty } from './indicators.js';

export const INSTALLER_RULES: PatternRule[] = [
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
    adjust: (m) => (/^unzip\b/i.test(m.match) && !/\s-\w*P/.test(m.match) ? null : 'CRITICAL'),
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
    pattern:
      /\b(?:npm|pnpm|yarn|npx|bun)\b[^\n]{0,200}?--registry[= ]+(?!https:\/\/registry\.(?:npmjs\.org|yarnpkg\.com))\S+|\bpip3?\b[^\n]{0,200}?--(?:extra-)?index-url[= ]+(?!https:\/\/(?:pypi\.org|download\.pytorch\.org))\S+|\bpip3?\b[^\n]{0,200}?--trusted-host\b|^[ \t]*--(?:extra-)?index-url[= ]+(?!https:\/\/(?:pypi\.org|download\.pytorch\.org))\S+|^[ \t]*--trusted-host[= ]+\S+/gim,
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
];
