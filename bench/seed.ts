/**
 * Seeds N skills (each with one version and its SKILL.md) straight into a migrated PostgreSQL
 * database with set-based SQL; 100k take seconds. Usage: npx tsx bench/seed.ts <postgres-url> [count]
 */
import { pathToFileURL } from 'node:url';
import pg from 'pg';

const TOPICS = [
  'pdf',
  'git',
  'docker',
  'email',
  'sql',
  'slack',
  'jira',
  'kubernetes',
  'invoice',
  'translate',
];

/** Replaces all skills with `count` seeded ones (90% Active prompt skills, like a curated registry). */
export async function seedSkills(databaseUrl: string, count: number): Promise<void> {
  const client = new pg.Client({ connectionString: databaseUrl });
  await client.connect();
  try {
    await client.query('TRUNCATE executions, skill_files, skill_versions, skills, scan_cache CASCADE');
    await client.query(
      `INSERT INTO skills (name, description, status, skill_type, risk_level, created_at)
       SELECT 'bench-' || t.topic || '-' || g,
              'Automates ' || t.topic || ' tasks, variant ' || g || ', with careful step-by-step instructions.',
              CASE WHEN g % 10 = 0 THEN 'Untrusted' ELSE 'Active' END,
              CASE WHEN g % 5 = 0 THEN 'code' ELSE 'prompt' END,
              CASE WHEN g % 10 = 0 THEN 'HIGH' ELSE 'LOW' END,
              now() - (g || ' seconds')::interval
       FROM generate_series(1, $1::int) AS g,
            LATERAL (SELECT ($2::text[])[1 + g % array_length($2::text[], 1)] AS topic) AS t`,
      [count, TOPICS],
    );
    await client.query(
      `INSERT INTO skill_versions (skill_id, version, bundle_sha256, status, skill_type, description,
                                   frontmatter, provenance, scan_result, imported_by)
       SELECT id, '1.0.0', encode(sha256(convert_to(name, 'UTF8')), 'hex'), status, skill_type, description,
              jsonb_build_object('name', name, 'description', description),
              '{"source": "raw_content"}',
              jsonb_build_object('safe', risk_level = 'LOW', 'risk_level', risk_level, 'findings', '[]'::jsonb,
                                 'scanned_at', now(), 'engine_version', 'bench', 'llm', 'skipped'),
              'bench'
       FROM skills`,
    );
    await client.query(
      `UPDATE skills s SET latest_version_id = v.id,
              active_version_id = CASE WHEN s.status = 'Active' THEN v.id END
       FROM skill_versions v WHERE v.skill_id = s.id`,
    );
    await client.query(
      `INSERT INTO skill_files (version_id, path, sha256, size, content)
       SELECT v.id, 'SKILL.md', v.bundle_sha256, octet_length(md.text), convert_to(md.text, 'UTF8')
       FROM skill_versions v, LATERAL (SELECT '---' || chr(10) || 'name: ' || (v.frontmatter->>'name') || chr(10) ||
              'description: ' || v.description || chr(10) || '---' || chr(10) || '# Steps' || chr(10) ||
              'Follow the instructions.' AS text) AS md`,
    );
    // The skills INSERT above bumped the trigger-maintained skill_counts 100k times inside one
    // transaction, so none of those row versions could be pruned: the 3-row table is left ~640 pages
    // long with its live rows on the last page, and every list total scanned them all (~0.3 ms).
    // Imports one by one (separate transactions) keep it one page; compact it like steady state.
    await client.query('VACUUM FULL ANALYZE skill_counts');
    await client.query('VACUUM ANALYZE skills');
    await client.query('VACUUM ANALYZE skill_versions');
    await client.query('VACUUM ANALYZE skill_files');
  } finally {
    await client.end();
  }
}

/** Creates the database named in the URL when it does not exist yet. */
export async function ensureDatabase(databaseUrl: string): Promise<void> {
  const url = new URL(databaseUrl);
  const name = decodeURIComponent(url.pathname.slice(1));
  url.pathname = '/postgres';
  const client = new pg.Client({ connectionString: url.toString() });
  await client.connect();
  try {
    const { rowCount } = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await client.query(`CREATE DATABASE "${name.replace(/"/g, '""')}"`);
  } finally {
    await client.end();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const [url, count = '100000'] = process.argv.slice(2);
  if (!url) throw new Error('usage: tsx bench/seed.ts <postgres-url> [count]  (the schema must be migrated)');
  const started = Date.now();
  await seedSkills(url, Number(count));
  console.log(`seeded ${count} skills in ${((Date.now() - started) / 1000).toFixed(1)} s`);
}
