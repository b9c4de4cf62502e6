import { basename, dirname, resolve } from 'node:path';
import { splitSkillMd } from '../parsing/frontmatter.js';
import type { SkillBundle } from '../parsing/skill-bundle.js';
import { SkillParseError } from '../parsing/skill-parse-error.js';
import { SKILL_MD, parseSkill } from '../parsing/skill-parser.js';
import { scanStatic } from '../scanning/engine.js';
import type { LlmReviewer } from '../scanning/llm-review.js';
import { combineRisk, isSafe } from '../scanning/risk.js';
import { Finding, LlmOutcome, RiskLevel, maxSeverity } from '../scanning/scan.types.js';

export const PARSE_RULE_ID = 'SG-PARSE-001';

export interface TargetResult {
  /** The path as given on the command line. */
  path: string;
  /** The skill folder or archive that finding files are relative to. */
  base: string;
  name: string;
  risk_level: RiskLevel;
  safe: boolean;
  skill_type?: 'prompt' | 'code';
  llm: LlmOutcome;
  llm_error?: string;
  findings: Finding[];
}

interface ParseOutcome {
  name?: string;
  skillType?: 'prompt' | 'code';
  frontmatter: Record<string, unknown> | null;
  problem?: Finding;
}

/** Scans one loaded bundle: a parse problem becomes a finding, never a refusal. */
export async function scanTarget(
  path: string,
  bundle: SkillBundle,
  reviewer: LlmReviewer,
): Promise<TargetResult> {
  const parsed = parseLeniently(bundle);
  const staticResult = scanStatic({
    files: bundle.files,
    frontmatter: parsed.frontmatter,
    notes: bundle.notes,
  });
  const staticFindings = parsed.problem ? [parsed.problem, ...staticResult.findings] : staticResult.findings;
  const staticRisk = maxSeverity([staticResult.risk_level, ...staticFindings.map((f) => f.severity)]);
  const texts = bundle.files.map((f) => ({ path: f.path, text: f.content.toString('utf8') }));
  const llm = await reviewer.review(texts, staticFindings);
  const risk = combineRisk(staticRisk, llm);
  return {
    path,
    base: scanBase(path),
    name: parsed.name ?? fallbackName(path),
    risk_level: risk,
    safe: isSafe(risk),
    skill_type: parsed.skillType,
    llm: llm.outcome,
    ...(llm.error ? { llm_error: llm.error } : {}),
    findings: [...staticFindings, ...llm.findings],
  };
}

function parseLeniently(bundle: SkillBundle): ParseOutcome {
  try {
    const skill = parseSkill(bundle);
    return { name: skill.name, skillType: skill.skillType, frontmatter: skill.frontmatter };
  } catch (error) {
    const frontmatter = frontmatterIfReadable(bundle);
    const declaredName =
      typeof frontmatter?.name === 'string' && frontmatter.name ? frontmatter.name : undefined;
    return { name: declaredName, frontmatter, problem: parseFinding(error, skillMdLines(bundle)) };
  }
}

function parseFinding(error: unknown, lines: string[]): Finding {
  const known = error instanceof SkillParseError;
  const message = `SKILL.md does not follow the Agent Skills spec: ${known ? error.message : String(error)}`;
  const line = known ? Math.min(Math.max(1, error.line), Math.max(1, lines.length)) : 1;
  return {
    rule_id: PARSE_RULE_ID,
    severity: 'MEDIUM',
    file: SKILL_MD,
    line,
    message,
    evidence: (lines[line - 1] ?? '').trim().slice(0, 200),
    family: 'parse',
    remediation:
      'Fix SKILL.md so agents and Skillgate read the same skill (see agentskills.io/specification).',
    source: 'static',
  };
}

function skillMdLines(bundle: SkillBundle): string[] {
  return (
    bundle.files
      .find((f) => f.path === SKILL_MD)
      ?.content.toString('utf8')
      .split(/\r?\n/) ?? []
  );
}

/** The frontmatter may still be readable when only a field rule failed; rules use it when present. */
function frontmatterIfReadable(bundle: SkillBundle): Record<string, unknown> | null {
  const skillMd = bundle.files.find((f) => f.path === SKILL_MD);
  if (!skillMd) return null;
  try {
    return splitSkillMd(skillMd.content.toString('utf8')).frontmatter;
  } catch {
    return null;
  }
}

/** Finding files are relative to the skill folder; a SKILL.md argument stands for its folder. */
function scanBase(path: string): string {
  return basename(path).toLowerCase() === 'skill.md' ? dirname(path) : path;
}

function fallbackName(path: string): string {
  return basename(resolve(scanBase(path))).replace(/\.(zip|tar\.gz|tgz|skill)$/i, '');
}
