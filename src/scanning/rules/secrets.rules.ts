import type { PatternRule } from '../rule.types.js';

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
    adjust: (m) => {
      if (PLACEHOLDER.test(m.match)) return null;
      return FIXTURE_DIR.test(m.segment.file) && severity !== 'MEDIUM' ? 'MEDIUM' : severity;
    },
  };
}

export const SECRET_RULES: PatternRule[] = [
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
  secret('SG-SECRET-007', 'MEDIUM', 'Contains a Stripe live secret key', /\b[rs]k_live_[0-9a-zA-Z]{24,}\b/g, [
    '_live_',
  ]),
  secret(
    'SG-SECRET-008',
    'MEDIUM',
    'Contains an npm or PyPI publish token',
    /\bnpm_[A-Za-z0-9]{36,}\b|\bpypi-AgEIcHlwaS5vcmc[A-Za-z0-9_-]{50,}/g,
    ['npm_', 'pypi-'],
  ),
];
