import { SetMetadata } from '@nestjs/common';
import type { Maturity } from './maturity.js';

export const PUBLIC_KEY = 'skillgate:public';
export const OPERATOR_KEY = 'skillgate:operator';
export const MATURITY_KEY = 'skillgate:maturity';
export const SKILL_ACTION_KEY = 'skillgate:skill-action';

/** No API key needed (health, docs). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);
/** Only the operator key. */
export const Operator = () => SetMetadata(OPERATOR_KEY, true);
/** An agent of at least this maturity (the operator always passes). */
export const RequiresMaturity = (level: Maturity) => SetMetadata(MATURITY_KEY, level);
/** The guard loads the skill named by `body.skill_id` and applies the governance rules for this action. */
export const GovernedSkillAction = (action: 'execute') => SetMetadata(SKILL_ACTION_KEY, action);
