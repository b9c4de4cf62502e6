import type { BundleFile } from './skill-bundle.js';

export type SkillType = 'prompt' | 'code';

export interface OpenClawRequires {
  bins?: string[];
  anyBins?: string[];
  env?: string[];
  config?: string[];
}

export interface OpenClawMetadata {
  requires?: OpenClawRequires;
  primaryEnv?: string;
  install?: unknown[];
  os?: string[];
  always?: boolean;
  emoji?: string;
  [key: string]: unknown;
}

export interface ParsedSkill {
  name: string;
  description: string;
  license?: string;
  compatibility?: string;
  allowedTools: string[];
  /** metadata entries whose values are strings (the spec's map); OpenClaw's nested object is in `openclaw`. */
  metadata: Record<string, string>;
  openclaw?: OpenClawMetadata;
  frontmatter: Record<string, unknown>;
  body: string;
  /** 1-based line in SKILL.md where the body starts. */
  bodyLine: number;
  skillType: SkillType;
  scripts: string[];
  files: BundleFile[];
  warnings: string[];
}
