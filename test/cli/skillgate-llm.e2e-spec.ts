import { FakeOpenAi } from '../support/fake-openai.js';
import { ensureBuilt } from '../support/build.js';
import { FIXTURES, runSkillgate } from '../support/skillgate-cli.js';

const BENIGN = `${FIXTURES}/benign-formatter`;
const DROPPER = `${FIXTURES}/dropper`;

interface JsonResult {
  risk_level: string;
  safe: boolean;
  llm: string;
  findings: { rule_id: string; file: string; line: number }[];
}

describe('skillgate scan with the LLM review (built CLI, fake OpenAI)', () => {
  const fake = new FakeOpenAi();
  let env: Record<string, string>;

  beforeAll(async () => {
    ensureBuilt();
    const baseURL = await fake.start();
    env = { OPENAI_API_KEY: 'sk-test', OPENAI_BASE_URL: baseURL, SKILLGATE_LLM_MAX_RETRIES: '0' };
  });
  afterAll(() => fake.stop());
  beforeEach(() => fake.reset());

  const scanJson = async (args: string[]) => {
    const run = await runSkillgate(['scan', ...args, '--format', 'json'], env);
    return { ...run, results: run.stdout ? (JSON.parse(run.stdout) as JsonResult[]) : [] };
  };

  it('should add the model findings and raise the risk when OPENAI_API_KEY is set', async () => {
    fake.reply({
      kind: 'json',
      body: {
        risk: 'HIGH',
        findings: [{ file: 'SKILL.md', line: 8, severity: 'HIGH', message: 'suspicious' }],
      },
    });
    const { code, results } = await scanJson([BENIGN]);
    expect(fake.requests).toHaveLength(1);
    expect(results[0]).toMatchObject({ risk_level: 'HIGH', safe: false, llm: 'ok' });
    expect(results[0].findings).toEqual([
      expect.objectContaining({ rule_id: 'SG-LLM-001', file: 'SKILL.md', line: 8 }),
    ]);
    expect(code).toBe(1);
  });

  it('should not let the model lower a static CRITICAL', async () => {
    fake.reply({ kind: 'json', body: { risk: 'LOW', findings: [] } });
    const { code, results } = await scanJson([DROPPER]);
    expect(results[0]).toMatchObject({ risk_level: 'CRITICAL', llm: 'ok' });
    expect(code).toBe(1);
  });

  it('should not call the model with --no-llm', async () => {
    const { code, results } = await scanJson([BENIGN, '--no-llm']);
    expect(fake.requests).toHaveLength(0);
    expect(results[0]).toMatchObject({ risk_level: 'LOW', llm: 'skipped' });
    expect(code).toBe(0);
  });

  it('should report UNKNOWN when the review fails, failing the default gate but not --fail-on CRITICAL', async () => {
    fake.reply({ kind: 'status', status: 500 });
    const failing = await scanJson([BENIGN]);
    expect(failing.results[0]).toMatchObject({ risk_level: 'UNKNOWN', safe: false, llm: 'failed' });
    expect(failing.stderr).toMatch(/LLM review of .* failed/);
    expect(failing.code).toBe(1);
    const lax = await scanJson([BENIGN, '--fail-on', 'CRITICAL']);
    expect(lax.code).toBe(0);
  });
});
