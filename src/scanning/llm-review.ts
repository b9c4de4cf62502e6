import OpenAI from 'openai';
import { LlmAnswer, LlmAnswerFinding, LlmAnswerError, parseAnswer } from './llm-answer.js';
import { ChunkPart, ReviewFile, chunkFiles } from './llm-chunking.js';
import { buildMessages } from './llm-prompt.js';
import { Finding, LlmOutcome, Severity, maxSeverity } from './scan.types.js';

export const LLM_RULE_ID = 'SG-LLM-001';

export interface LlmReviewOptions {
  apiKey?: string;
  baseURL?: string;
  model: string;
  timeoutMs: number;
  maxRetries: number;
  maxChunkChars: number;
}

export interface LlmReview {
  outcome: LlmOutcome;
  /** Set when ok; on failure, set only if the chunks reviewed before it found something. */
  risk?: Severity;
  findings: Finding[];
  error?: string;
}

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';
const MAX_MESSAGE_CHARS = 500;
const MAX_EVIDENCE_CHARS = 200;

/** Second opinion from an OpenAI-compatible model. Fails open to `failed`, never throws. */
export class LlmReviewer {
  private readonly client?: OpenAI;

  constructor(private readonly opts: LlmReviewOptions) {
    if (!opts.apiKey) return;
    // Every option explicit: the SDK would otherwise read OPENAI_* variables on its own.
    this.client = new OpenAI({
      apiKey: opts.apiKey,
      baseURL: opts.baseURL ?? DEFAULT_BASE_URL,
      organization: null,
      project: null,
      timeout: opts.timeoutMs,
      maxRetries: opts.maxRetries,
    });
  }

  get enabled(): boolean {
    return this.client !== undefined;
  }

  /** Binary files (holding NUL) are left out: the model cannot read them and they waste the budget. */
  async review(files: ReviewFile[], staticFindings: Finding[]): Promise<LlmReview> {
    if (!this.client) return { outcome: 'skipped', findings: [] };
    const texts = files.filter((f) => !f.text.includes('\u0000'));
    const chunks = chunkFiles(texts, this.opts.maxChunkChars);
    const lines = new Map(texts.map((f) => [f.path, f.text.split(/\r?\n/)]));
    const answers: LlmAnswer[] = [];
    try {
      for (const [index, chunk] of chunks.entries()) {
        answers.push(await this.ask(this.client, chunk, { index, total: chunks.length }, staticFindings));
      }
    } catch (error) {
      return { ...this.merge(answers, lines), outcome: 'failed', error: describe(error) };
    }
    return { ...this.merge(answers, lines), outcome: 'ok' };
  }

  private async ask(
    client: OpenAI,
    chunk: ChunkPart[],
    part: { index: number; total: number },
    staticFindings: Finding[],
  ): Promise<LlmAnswer> {
    const completion = await client.chat.completions.create({
      model: this.opts.model,
      temperature: 0,
      response_format: { type: 'json_object' },
      messages: buildMessages(chunk, part, staticFindings),
    });
    const choice = completion.choices?.[0];
    if (!choice) throw new LlmAnswerError('no choices');
    if (choice.finish_reason === 'length') throw new LlmAnswerError('the answer was cut off (length)');
    return parseAnswer(choice.message?.content);
  }

  private merge(
    answers: LlmAnswer[],
    lines: Map<string, string[]>,
  ): { risk?: Severity; findings: Finding[] } {
    if (answers.length === 0) return { findings: [] };
    const findings = answers.flatMap((a) => a.findings.map((f) => toFinding(f, lines)));
    const risk = maxSeverity([...answers.map((a) => a.risk), ...findings.map((f) => f.severity)]);
    return { risk, findings };
  }
}

function toFinding(answer: LlmAnswerFinding, lines: Map<string, string[]>): Finding {
  const file = lines.has(answer.file) ? answer.file : fallbackFile(lines);
  const fileLines = lines.get(file) ?? [''];
  const line = Math.min(Math.max(1, answer.line), Math.max(1, fileLines.length));
  // The cited line itself is the evidence a person can check; the model's quote is the fallback.
  const evidence = (fileLines[line - 1] ?? '').trim() || (answer.evidence ?? '').trim();
  return {
    rule_id: LLM_RULE_ID,
    severity: answer.severity,
    file,
    line,
    message: clip(answer.message.trim(), MAX_MESSAGE_CHARS),
    evidence: clip(evidence, MAX_EVIDENCE_CHARS),
    family: 'llm-review',
    remediation:
      'Read the cited lines: the model flagged them; confirm or dismiss before promoting the skill.',
    source: 'llm',
  };
}

function fallbackFile(lines: Map<string, string[]>): string {
  return lines.has('SKILL.md') ? 'SKILL.md' : ([...lines.keys()][0] ?? 'SKILL.md');
}

function clip(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function describe(error: unknown): string {
  if (error instanceof OpenAI.APIError && error.status !== undefined)
    return `HTTP ${error.status}: ${error.message}`;
  if (!(error instanceof Error)) return String(error);
  return error.cause instanceof Error ? `${error.message} (${error.cause.message})` : error.message;
}
