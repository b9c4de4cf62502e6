import fc from 'fast-check';
import { ADMIN_KEY, startTestApp, type TestApp } from '../support/test-app.js';
import { skillMdText } from './skill-md.arbitraries.js';

const RUNS = Number(process.env.HTTP_FUZZ_RUNS ?? 1000);

interface Answer {
  status: number;
  body: Record<string, unknown>;
}

function expectAnswerInContract(answer: Answer): void {
  expect(answer.status).toBeLessThan(500);
  if (answer.status >= 400) {
    expect(answer.body).toEqual({
      statusCode: answer.status,
      error: expect.any(String),
      message: expect.any(String),
      request_id: expect.any(String),
    });
  } else {
    expect(answer.status).toBe(201);
    expect(answer.body).toMatchObject({ skill_id: expect.any(String), scan_result: expect.any(Object) });
  }
}

describe('resilience: the HTTP import route under fuzzing', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await startTestApp({ importRateLimitPerMinute: 1_000_000 });
  });

  afterAll(async () => {
    await t.close();
  });

  const post = async (body: unknown): Promise<Answer> => {
    const res = await t
      .http()
      .post('/api/skills/import')
      .set('X-API-Key', ADMIN_KEY)
      .set('Content-Type', 'application/json')
      .send(JSON.stringify(body));
    return { status: res.status, body: res.body as Record<string, unknown> };
  };

  it(`should never answer 5xx and keep every refusal in the error shape over ${RUNS} generated SKILL.md imports`, async () => {
    await fc.assert(
      fc.asyncProperty(skillMdText, async (content) => {
        expectAnswerInContract(await post({ source: 'raw_content', content }));
      }),
      { numRuns: RUNS },
    );
  });

  it('should refuse arbitrary JSON bodies with 4xx in the error shape, never 5xx', async () => {
    await fc.assert(
      fc.asyncProperty(fc.jsonValue({ maxDepth: 3 }), async (body) => {
        const answer = await post(body);
        expect(answer.status).toBeGreaterThanOrEqual(400);
        expectAnswerInContract(answer);
      }),
      { numRuns: 100 },
    );
  });

  it('should refuse malformed JSON text with 400 in the error shape', async () => {
    const res = await t
      .http()
      .post('/api/skills/import')
      .set('X-API-Key', ADMIN_KEY)
      .set('Content-Type', 'application/json')
      .send('{"source": "raw_content", "content": "---\\n');
    expect(res.status).toBe(400);
    expectAnswerInContract({ status: res.status, body: res.body as Record<string, unknown> });
  });
});
