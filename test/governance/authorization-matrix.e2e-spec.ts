import { RegistryService } from '../../src/registry/registry.service.js';
import type { SkillBundle } from '../../src/parsing/skill-bundle.js';
import { ADMIN_KEY, DATABASE_KIND, skillMd, startTestApp, type TestApp } from '../support/test-app.js';

type Caller = 'none' | 'revoked' | 'STUDENT' | 'INTERN' | 'SUPERVISED' | 'AUTONOMOUS' | 'operator';
type SkillType = 'prompt' | 'code';
type Status = 'Active' | 'Untrusted' | 'Quarantined';
type Action = 'execute' | 'promote' | 'delete' | 'import' | 'list' | 'get' | 'audit';

const CALLERS: Caller[] = ['none', 'revoked', 'STUDENT', 'INTERN', 'SUPERVISED', 'AUTONOMOUS', 'operator'];
const TYPES: SkillType[] = ['prompt', 'code'];
const STATUSES: Status[] = ['Active', 'Untrusted', 'Quarantined'];
const ACTIONS: Action[] = ['execute', 'promote', 'delete', 'import', 'list', 'get', 'audit'];
const MUTATIONS: Action[] = ['execute', 'promote', 'delete', 'import'];

/** The contract's governance rules, written out as the expected status of every cell. */
function expected(caller: Caller, type: SkillType, status: Status, action: Action): number {
  if (caller === 'none' || caller === 'revoked') return 401;
  const operator = caller === 'operator';
  switch (action) {
    case 'list':
    case 'get':
      return 200;
    case 'import':
      return operator ? 201 : 403;
    case 'promote':
    case 'delete':
    case 'audit':
      return operator ? 200 : 403;
    case 'execute':
      if (status !== 'Active') return 403;
      if (caller === 'STUDENT') return 403;
      // Allowed by governance; this app has no sandbox, so a code skill is refused with 503 after the guard.
      return type === 'code' ? 503 : 200;
  }
}

function codeBundle(name: string): SkillBundle {
  return {
    files: [
      { path: 'SKILL.md', content: Buffer.from(skillMd(name, 'Counts words in a text file.')) },
      {
        path: 'scripts/count.py',
        content: Buffer.from('import sys\nprint(len(sys.stdin.read().split()))\n'),
      },
    ],
    provenance: { source: 'raw_content' },
  };
}

describe(`authorization matrix (${DATABASE_KIND} database)`, () => {
  let t: TestApp;
  const keys: Partial<Record<Caller, string>> = { none: undefined, revoked: '', operator: ADMIN_KEY };
  let registry: RegistryService;
  let counter = 0;

  beforeAll(async () => {
    t = await startTestApp();
    registry = t.app.get(RegistryService);
    for (const maturity of ['STUDENT', 'INTERN', 'SUPERVISED', 'AUTONOMOUS', 'revoked'] as const) {
      const res = await t
        .http()
        .post('/api/agents')
        .set('X-API-Key', ADMIN_KEY)
        .send({
          name: `agent-${maturity.toLowerCase()}`,
          maturity: maturity === 'revoked' ? 'AUTONOMOUS' : maturity,
        })
        .expect(201);
      keys[maturity] = res.body.api_key;
      if (maturity === 'revoked') {
        await t
          .http()
          .post(`/api/agents/${res.body.agent_id}/revoke`)
          .set('X-API-Key', ADMIN_KEY)
          .expect(200);
      }
    }
  });
  afterAll(async () => t.close());

  async function seedSkill(type: SkillType, status: Status): Promise<string> {
    const name = `matrix-${type}-${++counter}`;
    const operator = { kind: 'operator' as const, id: 'operator', name: 'admin' };
    const bundle =
      type === 'code'
        ? codeBundle(name)
        : {
            files: [{ path: 'SKILL.md', content: Buffer.from(skillMd(name)) }],
            provenance: { source: 'raw_content' as const },
          };
    const { skill, version } = await registry.importBundle(bundle, operator);
    const active = status === 'Untrusted' ? null : version.id;
    await t.dataSource.query('UPDATE skills SET status = $1, active_version_id = $2 WHERE id = $3', [
      status,
      active,
      skill.id,
    ]);
    return skill.id;
  }

  function call(action: Action, caller: Caller, skillId: string) {
    const http = t.http();
    const key = keys[caller];
    const withKey = <T extends { set: (k: string, v: string) => T }>(req: T): T =>
      key === undefined ? req : req.set('X-API-Key', key);
    switch (action) {
      case 'execute':
        return withKey(http.post('/api/skills/execute')).send({
          skill_id: skillId,
          inputs: { stdin: 'a b c' },
        });
      case 'promote':
        return withKey(http.post('/api/skills/promote')).send({
          skill_id: skillId,
          reason: 'matrix',
          force: true,
        });
      case 'delete':
        return withKey(http.delete(`/api/skills/${skillId}`));
      case 'import':
        return withKey(http.post('/api/skills/import')).send({
          source: 'raw_content',
          content: skillMd(`imported-${++counter}`),
        });
      case 'list':
        return withKey(http.get('/api/skills/list'));
      case 'get':
        return withKey(http.get(`/api/skills/${skillId}`));
      case 'audit':
        return withKey(http.get(`/api/audit?skill_id=${skillId}`));
    }
  }

  const cells = CALLERS.flatMap((caller) =>
    TYPES.flatMap((type) =>
      STATUSES.flatMap((status) => ACTIONS.map((action) => ({ caller, type, status, action }))),
    ),
  );

  it.each(cells)(
    'should answer $action by $caller on a $status $type skill as the rules say',
    async ({ caller, type, status, action }) => {
      const skillId = await seedSkill(type, status);
      const before = await t.dataSource.query('SELECT coalesce(max(id), 0)::int AS id FROM audit_events');
      const res = await call(action, caller, skillId);
      const want = expected(caller, type, status, action);
      expect({ cell: `${action}/${caller}/${status}/${type}`, status: res.status }).toEqual({
        cell: `${action}/${caller}/${status}/${type}`,
        status: want,
      });
      expect(res.body.request_id ?? 'ok').toEqual(expect.any(String));
      const events: { action: string; outcome: string; detail: { rule?: string } }[] =
        await t.dataSource.query(
          'SELECT action, outcome, detail FROM audit_events WHERE id > $1 ORDER BY id',
          [before[0].id],
        );
      if (want === 401 || want === 403) {
        expect(events).toEqual(
          expect.arrayContaining([expect.objectContaining({ action: 'deny', outcome: 'denied' })]),
        );
        if (want === 403) expect(res.body.message).toMatch(/denied by rule [a-z-]+/);
      } else if (MUTATIONS.includes(action) && want < 300) {
        expect(events.map((e) => e.action)).toContain(action);
      }
    },
  );
});
