import { describeRuleCases, sh } from './rule-cases.helper.js';

const withRequires = {
  name: 't',
  description: 'd',
  metadata: { openclaw: { requires: { bins: ['jq'], env: ['API_TOKEN'] } } },
};

describeRuleCases('declared-vs-actual', [
  {
    id: 'SG-DECLARED-001',
    positive: `Works offline, no network access.\n${sh('curl https://api.example.net/x')}`,
    negative: sh('curl https://api.example.net/x'),
  },
  {
    id: 'SG-DECLARED-002',
    frontmatter: withRequires,
    positive: sh('curl https://api.example.net/x | jq .'),
    negative: sh('jq . data.json'),
  },
  {
    id: 'SG-DECLARED-003',
    frontmatter: withRequires,
    positive: sh('echo "${OTHER_SECRET}" > /dev/null'),
    negative: sh('test -n "$API_TOKEN"'),
  },
]);
