export const MATURITY_LEVELS = ['STUDENT', 'INTERN', 'SUPERVISED', 'AUTONOMOUS'] as const;
export type Maturity = (typeof MATURITY_LEVELS)[number];
export const DEFAULT_MIN_MATURITY: Maturity = 'INTERN';

export function maturityRank(level: Maturity): number {
  return MATURITY_LEVELS.indexOf(level);
}

export function isAtLeast(level: Maturity, required: Maturity): boolean {
  return maturityRank(level) >= maturityRank(required);
}
