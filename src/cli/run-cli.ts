import { readFileSync } from 'node:fs';
import { ENGINE_VERSION, listRules } from '../scanning/engine.js';
import { LlmReviewer } from '../scanning/llm-review.js';
import type { Severity } from '../scanning/scan.types.js';
import { toSarif } from '../scanning/sarif.js';
import { DEFAULT_BUNDLE_LIMITS } from '../sources/limits.js';
import { bundleFromPath } from '../sources/local-source.js';
import { HELP, OutputFormat, UsageError, parseCliArgs } from './cli-args.js';
import type { CliConfig } from './cli-config.js';
import { EXIT_USAGE, scanExitCode } from './exit-code.js';
import { formatJson } from './format-json.js';
import { formatText } from './format-text.js';
import { TargetResult, scanTarget } from './scan-target.js';

export interface CliIo {
  stdout: { write(text: string): unknown; isTTY?: boolean };
  stderr: { write(text: string): unknown };
}

/** `skillgate …` without the process around it: returns the exit code. */
export async function runCli(argv: string[], config: CliConfig, io: CliIo): Promise<number> {
  let command;
  try {
    command = parseCliArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`skillgate: ${error.message}\nTry: skillgate --help\n`);
    return EXIT_USAGE;
  }
  if (command.kind === 'help') return write(io.stdout, HELP);
  if (command.kind === 'version')
    return write(io.stdout, `skillgate ${packageVersion()} (engine ${ENGINE_VERSION})\n`);
  const { results, unreadable } = await scanAll(command.paths, reviewerFor(config, command.llm));
  if (unreadable.length > 0) {
    io.stderr.write(unreadable.map((problem) => `skillgate: ${problem}\n`).join(''));
    return EXIT_USAGE;
  }
  for (const r of results.filter((r) => r.llm_error)) {
    io.stderr.write(`skillgate: LLM review of ${r.path} failed: ${r.llm_error}\n`);
  }
  const colour = Boolean(io.stdout.isTTY) && !config.noColor;
  io.stdout.write(render(results, command.format, command.failOn, colour));
  return scanExitCode(
    results.map((r) => r.risk_level),
    command.failOn,
  );
}

/**
 * One bundle in memory at a time. Nothing is printed until every path was read, so an unreadable
 * path (exit 2) never leaves half a report on stdout.
 */
async function scanAll(
  paths: string[],
  reviewer: LlmReviewer,
): Promise<{ results: TargetResult[]; unreadable: string[] }> {
  const results: TargetResult[] = [];
  const unreadable: string[] = [];
  for (const path of paths) {
    const bundle = await bundleFromPath(path, DEFAULT_BUNDLE_LIMITS).catch((error: unknown) => {
      unreadable.push(error instanceof Error ? error.message : String(error));
      return undefined;
    });
    if (bundle && unreadable.length === 0) results.push(await scanTarget(path, bundle, reviewer));
  }
  return { results, unreadable };
}

function reviewerFor(config: CliConfig, llm: boolean): LlmReviewer {
  return new LlmReviewer({
    apiKey: llm ? config.openaiApiKey : undefined,
    baseURL: config.openaiBaseUrl,
    model: config.llmModel,
    timeoutMs: config.llmTimeoutMs,
    maxRetries: config.llmMaxRetries,
    maxChunkChars: config.llmMaxChunkChars,
  });
}

function render(results: TargetResult[], format: OutputFormat, failOn: Severity, colour: boolean): string {
  if (format === 'json') return formatJson(results);
  if (format === 'sarif') {
    const targets = results.map((r) => ({
      path: r.base,
      name: r.name,
      risk_level: r.risk_level,
      findings: r.findings,
    }));
    return `${JSON.stringify(toSarif(targets, listRules(), packageVersion()), null, 2)}\n`;
  }
  return formatText(results, failOn, colour);
}

function write(stream: CliIo['stdout'], text: string): number {
  stream.write(text);
  return 0;
}

/** package.json sits two folders up from both src/cli and dist/cli. */
export function packageVersion(): string {
  const url = new URL('../../package.json', import.meta.url);
  return (JSON.parse(readFileSync(url, 'utf8')) as { version: string }).version;
}
