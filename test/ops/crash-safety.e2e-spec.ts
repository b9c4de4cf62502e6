import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDataSource } from '../../src/database/data-source.factory.js';
import { ADMIN_KEY, skillMd } from '../support/test-app.js';
import { ensureBuilt } from '../support/build.js';
import { startServer, stopServer, type SpawnedServer } from './spawned-server.js';

const WRITERS = 4;

/** Imports distinct skills with a few requests always in flight until `stop()`; returns the acknowledged ids. */
function streamImports(server: SpawnedServer) {
  const acknowledged: string[] = [];
  let stopped = false;
  let next = 0;
  const writer = async () => {
    while (!stopped) {
      const n = next++;
      const content = skillMd(`crash-${n}`, `Crash test skill number ${n}.`, `# Step\nDo thing ${n}.`);
      try {
        const res = await fetch(`${server.url}/api/skills/import`, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', 'X-API-Key': ADMIN_KEY },
          body: JSON.stringify({ source: 'raw_content', content }),
        });
        if (res.status === 201) acknowledged.push(((await res.json()) as { skill_id: string }).skill_id);
      } catch {
        return; // the server died under us: this request was never acknowledged
      }
    }
  };
  const writers = Array.from({ length: WRITERS }, writer);
  return {
    acknowledged,
    stop: async () => {
      stopped = true;
      await Promise.all(writers);
    },
  };
}

describe('operations: crash safety (kill -9 mid-import on the embedded database)', () => {
  let dataDir: string;

  beforeAll(async () => {
    ensureBuilt();
    dataDir = await mkdtemp(join(tmpdir(), 'skillgate-crash-'));
  });

  afterAll(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  it('should keep every acknowledged import and no half-stored skill after kill -9 and restart', async () => {
    const db = join(dataDir, 'db');
    const first = await startServer(db, { LOG_LEVEL: 'warn' });
    const stream = streamImports(first);
    while (stream.acknowledged.length < 40) await new Promise((resolve) => setTimeout(resolve, 20));
    first.child.kill('SIGKILL');
    await first.exited;
    await stream.stop();
    const acknowledged = [...stream.acknowledged];

    const second = await startServer(db, { LOG_LEVEL: 'warn' });
    for (const id of acknowledged) {
      const res = await fetch(`${second.url}/api/skills/${id}`, { headers: { 'X-API-Key': ADMIN_KEY } });
      expect(res.status).toBe(200);
      const detail = (await res.json()) as { files: { path: string }[] };
      expect(detail.files.map((f) => f.path)).toContain('SKILL.md');
    }
    expect(await stopServer(second)).toEqual({ code: 0, signal: null });

    const dataSource = await openDataSource({ dataDir: db });
    try {
      const [counts] = (await dataSource.query(`SELECT
          (SELECT count(*) FROM skills)::int AS skills,
          (SELECT count(*) FROM skills s WHERE NOT EXISTS
            (SELECT 1 FROM skill_versions v WHERE v.skill_id = s.id))::int AS without_version,
          (SELECT count(*) FROM skills s WHERE s.latest_version_id IS NULL
            OR NOT EXISTS (SELECT 1 FROM skill_versions v WHERE v.id = s.latest_version_id))::int AS bad_latest,
          (SELECT count(*) FROM skill_versions v WHERE NOT EXISTS
            (SELECT 1 FROM skill_files f WHERE f.version_id = v.id AND f.path = 'SKILL.md'))::int AS without_files`)) as {
        skills: number;
        without_version: number;
        bad_latest: number;
        without_files: number;
      }[];
      expect(counts.skills).toBeGreaterThanOrEqual(acknowledged.length);
      expect(counts).toMatchObject({ without_version: 0, bad_latest: 0, without_files: 0 });
    } finally {
      await dataSource.destroy();
    }
  });
});
