import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { SkillBundle } from '../../src/parsing/skill-bundle.js';
import { RegistryService } from '../../src/registry/registry.service.js';
import { ADMIN_KEY, DATABASE_KIND, skillMd, startTestApp, type TestApp } from '../support/test-app.js';
import { bwrapAvailable } from './sandbox-availability.js';

const OPERATOR = { kind: 'operator' as const, id: 'operator', name: 'admin' };

function codeSkill(name: string, scripts: Record<string, string>): SkillBundle {
  return {
    files: [
      {
        path: 'SKILL.md',
        content: Buffer.from(skillMd(name, 'Counts words.', 'Run {baseDir}/scripts/run.py')),
      },
      ...Object.entries(scripts).map(([path, text]) => ({ path, content: Buffer.from(text) })),
    ],
    provenance: { source: 'raw_content' },
  };
}

describe(`execution over HTTP (${DATABASE_KIND} database)`, () => {
  let t: TestApp;
  let agentKey: string;
  let studentKey: string;
  const admin = { 'X-API-Key': ADMIN_KEY };

  async function activeSkill(bundle: SkillBundle): Promise<string> {
    const { skill } = await t.app.get(RegistryService).importBundle(bundle, OPERATOR);
    await t
      .http()
      .post('/api/skills/promote')
      .set(admin)
      .send({ skill_id: skill.id, reason: 'test fixture', force: true })
      .expect(200);
    return skill.id;
  }

  const execute = (key: string, body: object) =>
    t.http().post('/api/skills/execute').set('X-API-Key', key).send(body);

  beforeAll(async () => {
    t = await startTestApp({
      sandbox: (await bwrapAvailable()) ? 'bwrap' : 'none',
      sandboxWallTimeoutMs: 3000,
    });
    const agent = await t
      .http()
      .post('/api/agents')
      .set(admin)
      .send({ name: 'runner', maturity: 'SUPERVISED' });
    agentKey = agent.body.api_key;
    const student = await t.http().post('/api/agents').set(admin).send({ name: 'kid', maturity: 'STUDENT' });
    studentKey = student.body.api_key;
  });
  afterAll(async () => t.close());

  it('should render a prompt skill with {baseDir}, $ARGUMENTS and variables', async () => {
    const res = await t
      .http()
      .post('/api/skills/import')
      .set(admin)
      .send({
        source: 'raw_content',
        content: skillMd('greeter', 'Greets.', 'Read {baseDir}/x.md and greet {{who}}: $ARGUMENTS'),
      })
      .expect(201);
    const run = await execute(agentKey, {
      skill_id: res.body.skill_id,
      inputs: { args: ['hello', 'there'], variables: { who: 'Ada' } },
    }).expect(200);
    expect(run.body).toMatchObject({ status: 'succeeded', exit_code: 0, driver: null });
    expect(run.body.output.trim()).toBe('Read /skill/x.md and greet Ada: hello there');
    const detail = await t.http().get(`/api/skills/${res.body.skill_id}`).set(admin).expect(200);
    expect(detail.body.executions[0]).toMatchObject({
      execution_id: run.body.execution_id,
      status: 'succeeded',
    });
  });

  it('should never let a STUDENT run a code skill, audited', async () => {
    const id = await activeSkill(codeSkill('student-guard', { 'scripts/run.py': 'print(1)\n' }));
    const res = await execute(studentKey, { skill_id: id }).expect(403);
    expect(res.body.message).toContain('student-no-code');
  });

  describe('with a real sandbox', () => {
    beforeAll(async () => {
      if (!(await bwrapAvailable()))
        console.warn('SKIPPED code execution over HTTP: bubblewrap is not installed');
    });

    const maybe = (name: string, fn: () => Promise<void>) =>
      it(name, async () => {
        if (!(await bwrapAvailable())) return;
        await fn();
      });

    maybe('should run a code skill in the sandbox with args and stdin and record it', async () => {
      const id = await activeSkill(
        codeSkill('word-count', {
          'scripts/run.py': 'import sys\nprint(len(sys.stdin.read().split()), sys.argv[1:])\n',
        }),
      );
      const run = await execute(agentKey, { skill_id: id, inputs: { args: ['x'], stdin: 'a b c' } }).expect(
        200,
      );
      expect(run.body).toMatchObject({ status: 'succeeded', exit_code: 0, driver: 'bwrap' });
      expect(run.body.output.trim()).toBe("3 ['x']");
      const detail = await t.http().get(`/api/skills/${id}`).set(admin).expect(200);
      expect(detail.body.executions[0]).toMatchObject({ status: 'succeeded', driver: 'bwrap', exit_code: 0 });
    });

    maybe('should refuse a script outside the skill with 400', async () => {
      const id = await activeSkill(codeSkill('path-guard', { 'scripts/run.py': 'print(1)\n' }));
      const res = await execute(agentKey, { skill_id: id, inputs: { script: '../../etc/passwd' } }).expect(
        400,
      );
      expect(res.body.message).toContain('inputs.script');
    });

    maybe('should contain a fork bomb and a host write and keep serving', async () => {
      const marker = mkdtempSync(join(tmpdir(), 'sg-host-'));
      try {
        const script = `:(){ :|:& };: 2>/dev/null &\necho pwned > ${marker}/owned\nsleep 10\n`;
        const id = await activeSkill(codeSkill('bomb', { 'scripts/run.sh': script }));
        const run = await execute(agentKey, { skill_id: id }).expect(200);
        expect(['timeout', 'failed']).toContain(run.body.status);
        expect(existsSync(join(marker, 'owned'))).toBe(false);
        await t.http().get('/health').expect(200);
      } finally {
        rmSync(marker, { recursive: true, force: true });
      }
    });
  });
});
