import { isAtLeast, type Maturity } from './maturity.js';
import type { Principal } from './principal.js';

export interface GovernedSkill {
  status: 'Untrusted' | 'Active' | 'Quarantined';
  skillType: 'prompt' | 'code';
  minMaturity: Maturity;
}

export type GovernanceAction = 'execute';
export type Decision = { allow: true } | { allow: false; rule: string; message: string };

/** The governance rules in one pure function, used by the guard and by host applications. */
export function decide(principal: Principal, skill: GovernedSkill, action: GovernanceAction): Decision {
  if (action === 'execute' && skill.status !== 'Active') {
    return deny('skill-not-active', `a ${skill.status} skill never runs; an operator must promote it first`);
  }
  if (principal.kind === 'operator') return { allow: true };
  if (skill.skillType === 'code' && principal.maturity === 'STUDENT') {
    return deny('student-no-code', 'a STUDENT agent never runs a code skill');
  }
  if (!isAtLeast(principal.maturity, skill.minMaturity)) {
    return deny(
      'maturity-below-minimum',
      `the skill needs maturity ${skill.minMaturity} or above; this agent is ${principal.maturity}`,
    );
  }
  return { allow: true };
}

function deny(rule: string, message: string): Decision {
  return { allow: false, rule, message };
}
