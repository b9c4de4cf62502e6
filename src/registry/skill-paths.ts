import { BadRequestException } from '@nestjs/common';

/** Where the skill folder appears inside the sandbox (and what {baseDir} renders to). */
export const SKILL_MOUNT_PATH = '/skill';

/** The script to run: the one asked for (it must be a script of the skill), or the only one. */
export function resolveEntry(scripts: string[], requested: string | undefined): string {
  if (requested !== undefined) {
    const normalized = requested.replace(/^\.\//, '').replace(/^\/skill\//, '');
    if (!scripts.includes(normalized)) {
      throw new BadRequestException(
        `inputs.script: "${requested}" is not a script of this skill (${scripts.join(', ')})`,
      );
    }
    return normalized;
  }
  if (scripts.length === 1) return scripts[0];
  throw new BadRequestException(
    `inputs.script: required, the skill has several scripts (${scripts.join(', ')})`,
  );
}
