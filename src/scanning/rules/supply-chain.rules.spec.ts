import { describeRuleCases, sh } from './rule-cases.helper.js';

describeRuleCases('supply-chain', [
  {
    id: 'SG-SUPPLY-001',
    positive: sh('npx -y @modelcontextprotcol/server-memory'),
    negative: sh('npx -y @modelcontextprotocol/server-memory'),
  },
  {
    id: 'SG-SUPPLY-002',
    positive: sh('npx -y @corp-internal/auth-helper'),
    negative: sh('npx -y @acme/auth-helper'),
  },
  {
    id: 'SG-SUPPLY-003',
    positive: sh('npm install react-devtooIs'),
    negative: sh('npm install react-devtools'),
  },
  {
    id: 'SG-SUPPLY-001',
    positive: sh('pip install requests==2.32.3 colourama python-dateutils'),
    negative: sh('npm install @elevenlabs/client@next @elevenlabs/react@next cross-env'),
  },
  {
    id: 'SG-SUPPLY-001',
    file: 'assets/package.json',
    positive: JSON.stringify({ devDependencies: { crossenv: '^7.0.3', rimraf: '*' } }, null, 2),
    negative: JSON.stringify({ devDependencies: { 'cross-env': '^7.0.3', rimraf: '*' } }, null, 2),
  },
  {
    id: 'SG-SUPPLY-001',
    file: 'requirements.txt',
    positive: 'reqeusts>=2.0\nnumpy==2.1.0\n',
    negative: 'requests>=2.0\nnumpy==2.1.0\n',
  },
  {
    id: 'SG-SUPPLY-004',
    file: 'templates/.npmrc',
    positive: 'registry=https://registry.npmjs-cdn.org/\nalways-auth=true\n',
    negative: 'registry=https://registry.npmjs.org/\n@acme:registry=https://npm.acme.example.net/\n',
  },
  {
    id: 'SG-SUPPLY-005',
    positive: sh('go env -w GOPROXY=https://goproxy.example.net GOSUMDB=off'),
    negative: sh('go env -w GOPROXY=https://proxy.golang.org,direct'),
  },
  {
    id: 'SG-SUPPLY-006',
    file: 'pyproject.toml',
    positive: '[tool.uv]\nindex-strategy = "unsafe-best-match"\n',
    negative: '[tool.uv]\nindex-strategy = "first-index"\n',
  },
  {
    id: 'SG-SUPPLY-002',
    positive: 'Install from the internal registry.\n\n```bash\npip install corp-auth-utils\n```\n',
    negative:
      'Install from the internal registry.\n\n```bash\npip install --require-hashes -r requirements.txt\n```\n',
  },
  {
    id: 'SG-SUPPLY-008',
    file: 'scripts/setup.js',
    positive:
      "const lock = path.join(dir, 'package-lock.json');\nconst s = fs.readFileSync(lock, 'utf8');\nfs.writeFileSync(lock, s.replace(/\"integrity\":\\s*\"[^\"]*\",?\\s*/g, ''));\n",
    // Checking the hashes a lockfile holds is the opposite.
    negative:
      "const lock = JSON.parse(fs.readFileSync('package-lock.json', 'utf8'));\nconst missing = Object.entries(lock.packages).filter(([, p]) => !p.integrity);\nconsole.log(missing.length);\n",
  },
]);
