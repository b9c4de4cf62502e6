import type { Family, PatternRule } from '../rule.types.js';

type MakePatternRule = (
  id: string,
  severity: PatternRule['severity'],
  message: string,
  pattern: RegExp,
  hints: string[],
  extra?: Partial<PatternRule>,
) => PatternRule;

/** One family's pattern-rule builder: the family file fixes its family, remediation and scope once. */
export function patternRuleMaker(
  family: Family,
  remediation: string,
  scope: PatternRule['in'],
): MakePatternRule {
  return (id, severity, message, pattern, hints, extra = {}) => ({
    type: 'pattern',
    id,
    family,
    severity,
    message,
    remediation,
    pattern,
    hints,
    in: scope,
    ...extra,
  });
}
