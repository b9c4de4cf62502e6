import { SkillParseError } from './skill-parse-error.js';
import type { OpenClawMetadata } from './parsed-skill.js';

const NAME_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const SPEC_KEYS = ['name', 'description', 'license', 'compatibility', 'metadata', 'allowed-tools'];
export const OPENCLAW_KEYS = [
  'homepage',
  'user-invocable',
  'disable-model-invocation',
  'command-dispatch',
  'command-tool',
  'command-arg-mode',
];
const OPENCLAW_METADATA_KEYS = ['openclaw', 'clawdbot', 'clawdis'];

export function readName(value: unknown): string {
  if (typeof value !== 'string' || value.length === 0) {
    throw new SkillParseError('name', 'is required and must be a non-empty string');
  }
  if (value.length > 64) throw new SkillParseError('name', 'must be at most 64 characters');
  if (!NAME_PATTERN.test(value)) {
    throw new SkillParseError(
      'name',
      'must be lowercase letters, digits and single hyphens, without a leading or trailing hyphen',
    );
  }
  return value;
}

export function readDescription(value: unknown): string {
  if (typeof value !== 'string' || value.trim().length === 0) {
    throw new SkillParseError('description', 'is required and must be a non-empty string');
  }
  if (value.length > 1024) throw new SkillParseError('description', 'must be at most 1024 characters');
  return value;
}

export function readOptionalString(field: string, value: unknown, maxLength: number): string | undefined {
  if (value === undefined || value === null) return undefined;
  if (typeof value !== 'string') throw new SkillParseError(field, 'must be a string');
  if (value.length > maxLength) throw new SkillParseError(field, `must be at most ${maxLength} characters`);
  return value;
}

export function readOptionalBoolean(field: string, value: unknown): void {
  if (value !== undefined && typeof value !== 'boolean')
    throw new SkillParseError(field, 'must be true or false');
}

export function readAllowedTools(value: unknown): string[] {
  if (value === undefined || value === null) return [];
  if (typeof value === 'string') return value.split(/[\s,]+/).filter(Boolean);
  if (Array.isArray(value) && value.every((t) => typeof t === 'string')) return value;
  throw new SkillParseError('allowed-tools', 'must be a space-separated string or a list of strings');
}

export interface MetadataFields {
  metadata: Record<string, string>;
  openclaw?: OpenClawMetadata;
  warnings: string[];
}

export function readMetadata(value: unknown): MetadataFields {
  const result: MetadataFields = { metadata: {}, warnings: [] };
  if (value === undefined || value === null) return result;
  if (!isPlainObject(value))
    throw new SkillParseError('metadata', 'must be a map of string keys to string values');
  for (const [key, entry] of Object.entries(value)) {
    if (OPENCLAW_METADATA_KEYS.includes(key)) {
      result.openclaw = readOpenClaw(`metadata.${key}`, entry);
      if (key !== 'openclaw') result.warnings.push(`metadata.${key} is the legacy name of metadata.openclaw`);
    } else if (typeof entry === 'string') {
      result.metadata[key] = entry;
    } else if (typeof entry === 'number' || typeof entry === 'boolean') {
      result.metadata[key] = String(entry);
      result.warnings.push(`metadata.${key} should be a string; read as "${String(entry)}"`);
    } else {
      throw new SkillParseError(
        `metadata.${key}`,
        'must be a string (metadata is a map of string to string)',
      );
    }
  }
  return result;
}

function readOpenClaw(field: string, value: unknown): OpenClawMetadata {
  if (!isPlainObject(value)) throw new SkillParseError(field, 'must be an object');
  const meta = value as OpenClawMetadata;
  if (meta.requires !== undefined) {
    if (!isPlainObject(meta.requires)) throw new SkillParseError(`${field}.requires`, 'must be an object');
    for (const key of ['bins', 'anyBins', 'env', 'config'] as const) {
      readStringList(`${field}.requires.${key}`, meta.requires[key]);
    }
  }
  readStringList(`${field}.os`, meta.os);
  readOptionalString(`${field}.primaryEnv`, meta.primaryEnv, 256);
  readOptionalString(`${field}.emoji`, meta.emoji, 32);
  readOptionalBoolean(`${field}.always`, meta.always);
  if (meta.install !== undefined && !Array.isArray(meta.install)) {
    throw new SkillParseError(`${field}.install`, 'must be a list of install steps');
  }
  return meta;
}

function readStringList(field: string, value: unknown): void {
  if (value === undefined) return;
  if (!Array.isArray(value) || !value.every((v) => typeof v === 'string')) {
    throw new SkillParseError(field, 'must be a list of strings');
  }
}

export function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
