/** A SKILL.md that breaks a hard rule of the Agent Skills spec. `field` names what to fix. */
export class SkillParseError extends Error {
  constructor(
    readonly field: string,
    readonly rule: string,
    readonly line = 1,
  ) {
    super(`${field}: ${rule}`);
    this.name = 'SkillParseError';
  }
}
