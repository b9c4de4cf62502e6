import { describeRuleCases, expectScansQuickly, findingsOf, sh } from './rule-cases.helper.js';

// Built at run time so the repository itself holds no key-shaped strings.
const k = (...parts: string[]) => parts.join('');

describeRuleCases('secrets', [
  {
    // The token the user pasted, written into the project's .npmrc and force-added past .gitignore.
    id: 'SG-SECRET-014',
    positive: sh(
      'echo "//registry.npmjs.org/:_authToken=<TOKEN_FROM_USER>" > .npmrc\nsed -i \'/^\\.npmrc$/d\' .gitignore\ngit add -f .npmrc\ngit push',
    ),
    // The file only references the CI secret: safe to commit.
    negative: sh('echo "//registry.npmjs.org/:_authToken=${NPM_TOKEN}" > .npmrc\ngit add -f .npmrc'),
  },
  {
    id: 'SG-SECRET-013',
    file: 'assets/.env.publish',
    positive: k('PUBLISH_URL=https://hub.share-reports.example/\nPUBLISH_API_KEY=pQ7r', 'T2vXk9LmZ4wY8sN1\n'),
    // A template with placeholders for the user's own account.
    negative: 'PUBLISH_URL=https://connect.example.org/\nPUBLISH_API_KEY=your-api-key-here\n',
    others: { 'scripts/publish.R': 'readRenviron(file.path("assets", ".env.publish"))\n' },
  },
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
  {
    id: 'SG-SECRET-010',
    file: 'scripts/upload.py',
    positive: k('AWS_SECRET_ACCESS_KEY = "q7Wm2Rt', 'X9vLp4Nz8Kb3Hc6Yd1Fg5Js0Ae2Uo7Ti4"\n'),
    negative: 'AWS_SECRET_ACCESS_KEY = "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY"\n',
  },
  {
    // A config key with the same name but a value that is not 40 random characters.
    id: 'SG-SECRET-010',
    file: 'config/cache.json',
    positive: k('{"secretAccessKey": "Zt4Lq9Wx2Mv7Nb', '3Kc8Pd1Rf6Gh0Js5Ya2Ue9To4I"}\n'),
    negative: '{"secretAccessKey": "${AWS_SECRET_ACCESS_KEY}"}\n',
  },
  {
    id: 'SG-SECRET-011',
    file: 'src/appsettings.json',
    positive: k(
      '{"Index": "DefaultEndpointsProtocol=https;AccountName=notes7;AccountKey=',
      'Rk3xQ9mZ2vLp8Tn4Wb6Yc1Hd5Jf0Ks7Ge3Ua9Io2Pq4Rs6Tu8Vw0Xy2Za4Bc6De8Fg0Hi2Jk4Lm6No8Pq0Rs2Tu4Vw6Xy==;"}\n',
    ),
    // Azurite, the local storage emulator, and its published development key.
    negative:
      '{"Index": "DefaultEndpointsProtocol=http;AccountName=devstoreaccount1;AccountKey=Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==;"}\n',
  },
  {
    id: 'SG-SECRET-012',
    file: 'src/appsettings.json',
    positive: k('{"ClientSecret": "Hv72Q~', 'pL9mR3tW8yK1nB6cX4zD0fG5sJ2qA7eU"}\n'),
    negative: '{"ClientSecret": "<client secret from the app registration>"}\n',
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

describeRuleCases('secrets (split keys)', [
  {
    // The key's prefix kept alone in a data file, the rest of it in a settings file, both read by the code.
    id: 'SG-SECRET-009',
    file: 'assets/routes.csv',
    positive: 'id,name,ref\n0,_store,AKIA\n1,Hill climb,seg-118\n',
    // A region column: no key prefix.
    negative: 'id,name,ref\n0,_store,ASIA\n1,Hill climb,seg-118\n',
    others: {
      'assets/app.ini': k('[store]\nbucket = b-1\nid_tail = Q4M7ZR', '2XK9PL6VWT\n'),
      'scripts/app.py':
        'seg = {r["name"]: r["ref"] for r in csv.DictReader(open("assets/routes.csv"))}\ncfg.read("assets/app.ini")\nkey_id = seg["_store"] + cfg["store"]["id_tail"]\n',
    },
  },
  {
    id: 'SG-SECRET-009',
    file: 'config/billing.json',
    positive: JSON.stringify({ provider: 'stripe', key_head: 'sk_live_' }),
    // A test-mode key is no live credential.
    negative: JSON.stringify({ provider: 'stripe', key_head: 'sk_test_' }),
    others: {
      'scripts/bill.js': k(
        'const cfg = require("../config/billing.json");\nconst TAIL = "51PqR8sKx2VbN7mZt',
        'Y4wLcD9eFgH3jK6";\nconst key = cfg.key_head + TAIL;\n',
      ),
    },
  },
]);

describe('split keys without a remainder', () => {
  it("should leave a secret scanner's prefix table alone when no value fits the rest of the key", () => {
    const found = findingsOf(
      'provider,prefix\naws,AKIA\nstripe,sk_live_\n',
      'rules/prefixes.csv',
      undefined,
      {
        'scan.py':
          'for row in csv.reader(open("rules/prefixes.csv")):\n    pats.append(row[1])\nID = "0123456789abcdef"\n',
      },
    );
    expect(found.map((f) => f.rule_id)).not.toContain('SG-SECRET-009');
  });

  it('should scan 1 MiB of lone prefixes and values in under a second', () => {
    const MiB = 1024 * 1024;
    const start = performance.now();
    findingsOf('a,AKIA\n'.repeat(MiB / 7), 'data/a.csv', undefined, {
      'data/b.ini': ('v = ' + 'A1'.repeat(60) + '\n').repeat(MiB / 125),
      'run.py': 'open("a.csv"); open("b.ini")\n',
    });
    expect(performance.now() - start).toBeLessThan(1000);
  });
});

describe('SG-SECRET-007 severity', () => {
  const live = k('"sk_live_', '51PqR8sKx2VbN7mZtY4wLcD9eFgH3jK6"');
  const sev = (text: string, file = 'scripts/invoice.py') =>
    findingsOf(text, file).find((f) => f.rule_id === 'SG-SECRET-007')?.severity;

  it("should rate a live key the skill's code authenticates with HIGH", () => {
    expect(
      sev(
        `PAY_KEY = ${live}\n\nreq = Request(url, data=d, headers={"Authorization": f"Bearer {PAY_KEY}"})\n`,
      ),
    ).toBe('HIGH');
    expect(sev(`stripe.api_key = ${live}\nstripe.PaymentLink.create(line_items=items)\n`)).toBe('HIGH');
    expect(sev(`const stripe = Stripe(${live});\n`, 'lib/pay.js')).toBe('HIGH');
  });

  it('should scan 1 MiB of assigned live keys in under a second', () => {
    const start = performance.now();
    sev(`X_KEY = ${live}\n`.repeat((1024 * 1024) / 48) + 'h = {"Authorization": X_KEY_2}\n'.repeat(2000));
    expect(performance.now() - start).toBeLessThan(1000);
  });

  it('should keep a key the code never uses, or one in the documentation, MEDIUM', () => {
    expect(sev(`PAY_KEY = ${live}\nprint("configured")\n`)).toBe('MEDIUM');
    expect(
      sev(`Set \`STRIPE_KEY=${live}\` and send \`Authorization: Bearer $STRIPE_KEY\`.\n`, 'SKILL.md'),
    ).toBe('MEDIUM');
  });
});

describe('cloud account keys', () => {
  it('should scan 1 MiB of key-shaped assignments and connection strings in under a second', () => {
    const MiB = 1024 * 1024;
    expectScansQuickly(
      [
        'AWS_SECRET_ACCESS_KEY = "' + 'aB3'.repeat(MiB / 3) + '"\n',
        'aws_secret_access_key '.repeat(MiB / 22),
        'AccountKey=' + 'Ab1+'.repeat(MiB / 4),
        'AccountKey=aB1;'.repeat(MiB / 15),
        'ab1Q~'.repeat(MiB / 5),
      ],
      'config/settings.py',
    );
  });
});

describeRuleCases('secrets (TSIG keys)', [
  {
    id: 'SG-SECRET-015',
    file: 'Corefile',
    positive:
      'zone.example:53 {\n    file /etc/coredns/db.zone\n    tsig {\n        secret xfr.zone.example. q3Vd9kLm2Rt7Wx1Pz8Nb4Hc6Jf0Ys5Ga+e/T2uQoA=\n        require AXFR IXFR\n    }\n    transfer {\n        to *\n    }\n}\n',
    negative:
      'zone.example:53 {\n    tsig {\n        secret xfr.zone.example. <generate with tsig-keygen>\n    }\n    transfer {\n        to 192.0.2.10\n    }\n}\n',
  },
  {
    id: 'SG-SECRET-015',
    file: 'scripts/update.sh',
    positive:
      '#!/bin/sh\nnsupdate -y hmac-sha256:ddns.example.:q3Vd9kLm2Rt7Wx1Pz8Nb4Hc6Jf0Ys5Ga+e/T2uQoA= <<EOF\nsend\nEOF\n',
    negative: '#!/bin/sh\nnsupdate -k "$TSIG_KEY_FILE" <<EOF\nsend\nEOF\n',
  },
]);

describe('SG-SECRET-015 severity', () => {
  const sev = (text: string, file: string) =>
    findingsOf(text, file).find((f) => f.rule_id === 'SG-SECRET-015')?.severity;
  const key =
    'key "xfr" {\n    algorithm hmac-sha256;\n    secret "q3Vd9kLm2Rt7Wx1Pz8Nb4Hc6Jf0Ys5Ga+e/T2uQoA=";\n};\n';

  it('should rate a key whose transfers are open to any address HIGH', () => {
    expect(
      sev(`${key}zone "z.example" {\n    allow-transfer { key "xfr"; };\n};\n`, 'named.conf.local'),
    ).toBe('HIGH');
  });

  it('should rate a key restricted to addresses as well MEDIUM', () => {
    expect(
      sev(`${key}zone "z.example" {\n    allow-transfer { 192.0.2.10; };\n};\n`, 'named.conf.local'),
    ).toBe('MEDIUM');
  });
});

describe('adversarial TSIG settings', () => {
  const MiB = 1024 * 1024;
  const cases: [string, string][] = [
    ['secrets', 'tsig\n' + 'secret a '.repeat(MiB / 9)],
    ['long keys', 'tsig\nsecret a ' + 'A'.repeat(MiB) + '_'],
    ['client keys', 'nsupdate\n' + ' -y a:'.repeat(MiB / 6)],
    ['transfers', 'transfer { '.repeat(MiB / 11)],
  ];
  it.each(cases)('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'Corefile');
  });
});

const CLIENT_SCRIPT = (secret: string) =>
  [
    'import os, requests',
    'APP_KEY = "7d2e9a41-3b6c-4f08-9e1a-5c4b2d8f0e37"',
    `APP_SECRET = "${secret}"`,
    'HOST = os.environ["LMS_HOST"]',
    'r = requests.post(f"{HOST}/api/oauth2/token", auth=(APP_KEY, APP_SECRET),',
    '                  data={"grant_type": "client_credentials"})',
  ].join('\n');
const AUTHORISE_DOC =
  '# Setup\n\nAdmin → REST integrations → add application id `7d2e9a41-3b6c-4f08-9e1a-5c4b2d8f0e37` as a system administrator.\n';

describeRuleCases('secrets (shipped OAuth client secret)', [
  {
    // The client's secret ships in the script; the admin is told to authorise that client's id.
    id: 'SG-SECRET-016',
    file: 'scripts/export.py',
    others: { 'references/setup.md': AUTHORISE_DOC },
    positive: CLIENT_SCRIPT(k('Hq3Vt8KmZ2x', 'Wp6RbN9cLd4', 'FsJ7gYe1Ua')),
    // A placeholder the user replaces with their own client's secret.
    negative: CLIENT_SCRIPT('your-client-secret-goes-here'),
  },
]);

describe('SG-SECRET-016 on adversarial input', () => {
  it.each([
    ['secret assignments', 'APP_SECRET = "aaaaaaaaaaaaaaaaaaaa"\n'],
    ['id assignments', 'APP_ID = "Ab1Ab1Ab1Ab1Ab1Ab1Ab1"\n'],
    ['long names', 'A'.repeat(200) + '\n'],
  ])('should read 1 MiB and 500 KiB of %s in under a second', (_name, unit) => {
    for (const size of [1024 * 1024, 500 * 1024]) {
      const text =
        `client_credentials\nAPP_SECRET = "${k('Hq3Vt8KmZ2x', 'Wp6RbN9cLd4', 'FsJ7gYe1Ua')}"\n` +
        unit.repeat(Math.ceil(size / unit.length));
      const t0 = performance.now();
      findingsOf(text, 'scripts/export.py', undefined, { 'references/setup.md': AUTHORISE_DOC });
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});

describeRuleCases('secrets (password in a transfer or database URL)', [
  {
    id: 'SG-SECRET-017',
    file: 'winscp/nightly.txt',
    positive:
      'open sftp://acct-12:Qv8!drop2024@sftp.bench-share.example/ -hostkey="ssh-ed25519 255 abc"\nput a.csv /in/\n',
    // The password from the environment, and a local development database.
    negative:
      'open sftp://edi:%EDI_PW%@sftp.partner.example/ -hostkey="ssh-ed25519 255 abc"\nDATABASE_URL=postgresql://app:Dev0nlyPw@localhost:5432/app\n',
  },
  {
    id: 'SG-SECRET-017',
    file: 'config/db.ini',
    positive: '[db]\nurl = mssql://sa:Tms!Sa#2019x@203.0.113.21/TMS_PROD\n',
    // A documented example of the URL shape.
    negative: '[db]\nurl = mssql://sa:${DB_PASSWORD}@203.0.113.21/TMS_PROD\n',
  },
]);

describe('adversarial URL credentials', () => {
  const MiB = 1024 * 1024;
  it.each([
    ['schemes', 'sftp://a:'.repeat(MiB / 9)],
    ['long users', 'ftp://' + 'u'.repeat(MiB)],
    ['long passwords', 'ftp://u:' + 'p'.repeat(MiB)],
  ])('should scan 1 MiB of %s in under a second', (_name, text) => {
    expectScansQuickly([text], 'conf/x.ini');
  });
});
