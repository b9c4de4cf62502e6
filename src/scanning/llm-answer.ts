import { SEVERITIES, Severity } from './scan.types.js';

export interface LlmAnswerFinding {
  file: string;
  line: number;
  severity: Severity;
  message: string;
  evidence?: string;
}

export interface LlmAnswer {
  risk: Severity;
  findings: LlmAnswerFinding[];
}

export class LlmAnswerError extends Error {
  constructor(reason: string) {
    super(`malformed LLM answer: ${reason}`);
    this.name = 'LlmAnswerError';
  }
}

const MAX_FINDINGS = 50;

/** Strict reading of the reviewer's reply: anything off-shape is a failed review, never a guess. */
export function parseAnswer(content: string | null | undefined): LlmAnswer {
  if (typeof content !== 'string' || content.trim() === '') throw new LlmAnswerError('empty content');
  let value: unknown;
  try {
    value = JSON.parse(stripJsonFence(content));
  } catch {
    throw new LlmAnswerError('content is not JSON');
  }
  if (!isRecord(value)) throw new LlmAnswerError('not a JSON object');
  if (!isSeverity(value.risk)) throw new LlmAnswerError('risk must be LOW, MEDIUM, HIGH or CRITICAL');
  if (!Array.isArray(value.findings)) throw new LlmAnswerError('findings must be an array');
  return { risk: value.risk, findings: value.findings.slice(0, MAX_FINDINGS).map(readFinding) };
}

function readFinding(value: unknown, index: number): LlmAnswerFinding {
  const where = `findings[${index}]`;
  if (!isRecord(value)) throw new LlmAnswerError(`${where} is not an object`);
  const { file, line, severity, message, evidence } = value;
  if (typeof file !== 'string' || file === '') throw new LlmAnswerError(`${where}.file must be a string`);
  if (typeof line !== 'number' || !Number.isInteger(line)) {
    throw new LlmAnswerError(`${where}.line must be an integer`);
  }
  if (!isSeverity(severity)) throw new LlmAnswerError(`${where}.severity must be a severity`);
  if (typeof message !== 'string' || message.trim() === '') {
    throw new LlmAnswerError(`${where}.message must be a non-empty string`);
  }
  if (evidence !== undefined && typeof evidence !== 'string') {
    throw new LlmAnswerError(`${where}.evidence must be a string`);
  }
  return { file, line, severity, message, evidence };
}

/** Some OpenAI-compatible servers wrap JSON mode output in a markdown fence. */
function stripJsonFence(content: string): string {
  const fenced = /^\s*```(?:json)?\s*\n([\s\S]*?)\n\s*```\s*$/.exec(content);
  return fenced ? fenced[1] : content.trim();
}

function isSeverity(value: unknown): value is Severity {
  return typeof value === 'string' && (SEVERITIES as readonly string[]).includes(value);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
