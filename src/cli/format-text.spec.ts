import type { TargetResult } from './scan-target.js';
import { clean, formatText } from './format-text.js';

const result: TargetResult = {
  path: 'skills/x',
  base: 'skills/x',
  name: 'x',
  risk_level: 'HIGH',
  safe: false,
  llm: 'skipped',
  findings: [
    { rule_id: 'SG-A-001', severity: 'HIGH', file: 'b.sh', line: 3, message: 'm1', evidence: 'e1' },
    { rule_id: 'SG-A-002', severity: 'LOW', file: 'SKILL.md', line: 9, message: 'm2', evidence: '' },
    { rule_id: 'SG-A-003', severity: 'MEDIUM', file: 'b.sh', line: 1, message: 'm3', evidence: 'e3' },
  ],
};

describe('formatText', () => {
  it('should group findings by file and order them by line', () => {
    const text = formatText([result], 'HIGH', false);
    expect(text.indexOf('m3')).toBeLessThan(text.indexOf('m1'));
    expect(text.match(/^ {2}b\.sh$/gm)).toHaveLength(1);
    expect(text).toContain('1 of 1 skill(s) at or above HIGH');
    expect(text).not.toContain('\u001b[');
  });

  it('should colour only when asked', () => {
    expect(formatText([result], 'HIGH', true)).toContain('\u001b[31m');
  });
});

describe('clean', () => {
  it('should make terminal escapes and bidi overrides visible instead of active', () => {
    expect(clean('a\u001b[2Jb\u202ec\nd')).toBe('a<U+001B>[2Jb<U+202E>c ⏎ d');
  });
});
