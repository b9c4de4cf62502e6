import { splitSkillMd } from './frontmatter.js';
import type { ParsedSkill } from './parsed-skill.js';
import type { SkillBundle } from './skill-bundle.js';
import { SkillParseError } from './skill-parse-error.js';
import {
  OPENCLAW_KEYS,
  SPEC_KEYS,
  readAllowedTools,
  readDescription,
  readMetadata,
  readName,
  readOptionalBoolean,
  readOptionalString,
} from './skill-fields.js';
import { detectSkillType } from './skill-type.js';

export const SKILL_MD = 'SKILL.md';

/** Parses a bundle to the Agent Skills spec (+ OpenClaw). Throws SkillParseError naming the field. */
export function parseSkill(bundle: SkillBundle): ParsedSkill {
  const skillMd = bundle.files.find((f) => f.path === SKILL_MD);
  if (!skillMd) throw new SkillParseError(SKILL_MD, 'the skill has no SKILL.md at its root');
  const { frontmatter, body, bodyLine } = splitSkillMd(skillMd.content.toString('utf8'));
  const meta = readMetadata(frontmatter.metadata);
  readOpenClawTopLevel(frontmatter);
  return {
    name: readName(frontmatter.name),
    description: readDescription(frontmatter.description),
    license: readOptionalString('license', frontmatter.license, 1024),
    compatibility: readOptionalString('compatibility', frontmatter.compatibility, 500),
    allowedTools: readAllowedTools(frontmatter['allowed-tools']),
    metadata: meta.metadata,
    openclaw: meta.openclaw,
    frontmatter,
    body,
    bodyLine,
    ...detectSkillType(bundle.files),
    files: bundle.files,
    warnings: [...meta.warnings, ...unknownKeyWarnings(frontmatter)],
  };
}

function readOpenClawTopLevel(frontmatter: Record<string, unknown>): void {
  readOptionalString('homepage', frontmatter.homepage, 2048);
  readOptionalBoolean('user-invocable', frontmatter['user-invocable']);
  readOptionalBoolean('disable-model-invocation', frontmatter['disable-model-invocation']);
  readOptionalString('command-dispatch', frontmatter['command-dispatch'], 256);
}

function unknownKeyWarnings(frontmatter: Record<string, unknown>): string[] {
  return Object.keys(frontmatter)
    .filter((key) => !SPEC_KEYS.includes(key) && !OPENCLAW_KEYS.includes(key))
    .map((key) => `unknown frontmatter key "${key}" kept but not part of the Agent Skills spec`);
}
