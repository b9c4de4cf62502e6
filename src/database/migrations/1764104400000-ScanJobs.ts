import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * First scans go through a queue: the import stores its version with the static verdict and a job
 * for the LLM review in one transaction; whichever process holds the job's lease works it.
 */
export class ScanJobs1764104400000 implements MigrationInterface {
  name = 'ScanJobs1764104400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE scan_jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      skill_id uuid NOT NULL REFERENCES skills(id),
      version_id uuid NOT NULL UNIQUE REFERENCES skill_versions(id),
      bundle_sha256 char(64) NOT NULL,
      status varchar(16) NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'done', 'failed')),
      static_result jsonb NOT NULL,
      registry_findings jsonb NOT NULL DEFAULT '[]',
      principal jsonb NOT NULL,
      request_id varchar(64),
      attempts integer NOT NULL DEFAULT 1,
      last_error text,
      lease_owner varchar(64),
      lease_until timestamptz,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`);
    // Only open jobs are ever looked for; the index stays as small as the queue.
    await q.query(`CREATE INDEX scan_jobs_open ON scan_jobs (lease_until) WHERE status = 'pending'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS scan_jobs`);
  }
}
