import { splitSkillMd } from '../parsing/frontmatter.js';
import { SKILL_MOUNT_PATH } from './skill-paths.js';

/** A prompt skill's instructions with {baseDir}, $ARGUMENTS and {{variable}} filled in. */
export function renderPrompt(skillMd: string, args: string[], variables: Record<string, string>): string {
  const { body } = splitSkillMd(skillMd);
  return body
    .replaceAll('{baseDir}', SKILL_MOUNT_PATH)
    .replaceAll('$ARGUMENTS', args.join(' '))
    .replace(/\{\{\s*([A-Za-z_][\w-]*)\s*\}\}/g, (match, name: string) =>
      Object.hasOwn(variables, name) ? String(variables[name]) : match,
    );
}
