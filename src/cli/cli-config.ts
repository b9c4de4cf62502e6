/** The CLI's only look at the environment (it runs without Nest, so without src/config). */
export interface CliConfig {
  openaiApiKey?: string;
  openaiBaseUrl?: string;
  llmModel: string;
  llmTimeoutMs: number;
  llmMaxRetries: number;
  llmMaxChunkChars: number;
  /** NO_COLOR set to anything non-empty (https://no-color.org). */
  noColor: boolean;
}

export function readCliConfig(env: NodeJS.ProcessEnv = process.env): CliConfig {
  return {
    openaiApiKey: nonEmpty(env.OPENAI_API_KEY),
    openaiBaseUrl: nonEmpty(env.OPENAI_BASE_URL),
    llmModel: nonEmpty(env.SKILLGATE_LLM_MODEL) ?? 'gpt-4o-mini',
    llmTimeoutMs: nonNegativeInt(env.SKILLGATE_LLM_TIMEOUT_MS) ?? 30_000,
    llmMaxRetries: nonNegativeInt(env.SKILLGATE_LLM_MAX_RETRIES) ?? 2,
    llmMaxChunkChars: nonNegativeInt(env.SKILLGATE_LLM_MAX_CHUNK_CHARS) ?? 60_000,
    noColor: nonEmpty(env.NO_COLOR) !== undefined,
  };
}

function nonEmpty(value: string | undefined): string | undefined {
  return value === undefined || value.trim() === '' ? undefined : value.trim();
}

function nonNegativeInt(value: string | undefined): number | undefined {
  const n = Number(nonEmpty(value));
  return Number.isInteger(n) && n >= 0 ? n : undefined;
}
