import type { SkillBundle } from '../../src/parsing/skill-bundle.js';
import { RegistryService } from '../../src/registry/registry.service.js';
import { ADMIN_KEY, DATABASE_KIND, skillMd, startTestApp, type TestApp } from '../support/test-app.js';

const OPERATOR = { kind: 'operator' as const, id: 'operator', name: 'admin' };

function codeSkill(name: string): SkillBundle {
  return {
    files: [
      { path: 'SKILL.md', content: Buffer.from(skillMd(name)) },
      { path: 'scripts/run.py', content: Buffer.from('print(1)\n') },
    ],
    provenance: { source: 'raw_content' },
  };
}

describe(`execution without a sandbox (${DATABASE_KIND} database)`, () => {
  let t: TestApp;
  const admin = { 'X-API-Key': ADMIN_KEY };

  beforeAll(async () => {
    t = await startTestApp({ sandbox: 'none' });
  });
  afterAll(async () => t.close());

  it('should refuse a code skill with 503 and a how-to, audited, never running it', async () => {
    const { skill } = await t.app.get(RegistryService).importBundle(codeSkill('needs-sandbox'), OPERATOR);
    await t
      .http()
      .post('/api/skills/promote')
      .set(admin)
      .send({ skill_id: skill.id, reason: 't', force: true })
      .expect(200);
    const res = await t
      .http()
      .post('/api/skills/execute')
      .set(admin)
      .send({ skill_id: skill.id })
      .expect(503);
    expect(res.body.message).toMatch(/bubblewrap/);
    const events = await t
      .http()
      .get(`/api/audit?skill_id=${skill.id}&action=execute`)
      .set(admin)
      .expect(200);
    expect(events.body.events[0]).toMatchObject({ outcome: 'failed' });
    const runs = await t.dataSource.query('SELECT count(*)::int AS n FROM executions');
    expect(runs[0].n).toBe(0);
  });
});
