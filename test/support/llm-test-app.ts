import type { AppConfig } from '../../src/config/app-config.js';
import { FakeOpenAi } from './fake-openai.js';
import { startTestApp, type TestApp } from './test-app.js';

export interface LlmTestApp {
  t: TestApp;
  llm: FakeOpenAi;
  close: () => Promise<void>;
}

/** An app whose LLM review goes to a local fake chat-completions server (model `reviewer-1`, no retries). */
export async function startTestAppWithLlm(overrides: Partial<AppConfig> = {}): Promise<LlmTestApp> {
  const llm = new FakeOpenAi();
  const baseUrl = await llm.start();
  const t = await startTestApp({
    openaiApiKey: 'sk-test',
    openaiBaseUrl: baseUrl,
    llmModel: 'reviewer-1',
    llmMaxRetries: 0,
    ...overrides,
  });
  const close = async () => {
    await t.close();
    await llm.stop();
  };
  return { t, llm, close };
}
