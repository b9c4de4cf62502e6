import { describeRuleCases, findingsOf } from './rule-cases.helper.js';

// Built at run time so the repository itself holds no key-shaped strings.
const k = (...parts: string[]) => parts.join('');

describeRuleCases('secrets', [
  {
    id: 'SG-SECRET-001',
    positive: k('-----BEGIN RSA ', 'PRIVATE KEY-----\n', 'MIIEow'.repeat(20), '\n'),
    negative: 'Keys start with -----BEGIN RSA PRIVATE KEY----- and must never be committed.',
  },
  {
    // A body too short to hold an OpenSSH key is a truncated sample (a secret scanner's fixture).
    id: 'SG-SECRET-001',
    file: 'deploy/settings.py',
    positive: k(
      'KEY = """-----BEGIN OPENSSH ',
      'PRIVATE KEY-----\n',
      ('Qm9k'.repeat(17) + '\n').repeat(6),
      '-----END OPENSSH ',
      'PRIVATE KEY-----"""\n',
    ),
    negative: k(
      'KEY = """-----BEGIN OPENSSH ',
      'PRIVATE KEY-----\n',
      'Qm9k'.repeat(17),
      '\n-----END OPENSSH ',
      'PRIVATE KEY-----"""\n',
    ),
  },
  {
    id: 'SG-SECRET-002',
    positive: k('aws_key = "AKIA', 'Q3ZWNL7R2PMH4KDV"'),
    negative: 'aws_key = "AKIAEXAMPLE"',
  },
  {
    id: 'SG-SECRET-003',
    positive: k('token: ghp_', 'aB3dE5fG7hJ9kL1mN3pQ5rS7tU9vW1xY3zA5'),
    negative: 'token: ghp_your_token_here',
  },
  {
    id: 'SG-SECRET-004',
    positive: k('SLACK=xoxb-', '2931847563-9182736450-aBcDeFgHiJkL'),
    negative: 'SLACK=xoxb-your-token',
  },
  {
    id: 'SG-SECRET-005',
    positive: k('key = "sk-ant-api03-', 'Zx9Qw8Er7Ty6Ui5Op4As3Df2Gh1Jk0LzXcVbNm"'),
    negative: 'key = "sk-..."',
  },
  {
    id: 'SG-SECRET-006',
    positive: k('google = "AIza', 'SyB1c2D3e4F5g6H7i8J9k0L1m2N3o4P5q6R"'),
    negative: 'google = "AIza..."',
  },
  {
    id: 'SG-SECRET-007',
    positive: k('stripe = "sk_live_', '51HqZ9Kd8Jf7Lm6Np5Qr4St3"'),
    negative: 'stripe = "sk_test_abc"',
  },
  {
    id: 'SG-SECRET-008',
    positive: k('NPM=npm_', 'Ab1Cd2Ef3Gh4Ij5Kl6Mn7Op8Qr9St0Uv1Wx2Yz'),
    negative: 'NPM=npm_token_here',
  },
]);

describe('secrets in test fixtures', () => {
  const aws = k('AWS_ACCESS_KEY_ID = "AKIA', 'Q3ZWNL7R2PMH4KDV"\n');
  const at = (path: string) => findingsOf(aws, path).find((f) => f.rule_id === 'SG-SECRET-002')?.severity;

  it("should report a key in a secret scanner's test fixtures at MEDIUM, and the same key elsewhere at HIGH", () => {
    expect(at('tests/fixtures/leaky_config.py')).toBe('MEDIUM');
    expect(at('pkg/testdata/creds.env')).toBe('MEDIUM');
    expect(at('src/__fixtures__/config.ts')).toBe('MEDIUM');
    expect(at('config/settings.py')).toBe('HIGH');
    expect(at('tests/conftest.py')).toBe('HIGH');
    expect(at('fixtures_loader/settings.py')).toBe('HIGH');
  });
});
