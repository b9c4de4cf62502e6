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
]);
