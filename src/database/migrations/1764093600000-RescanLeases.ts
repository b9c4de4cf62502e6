import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Rescan jobs are worked by whichever process holds an unexpired lease; at most one job runs. */
export class RescanLeases1764093600000 implements MigrationInterface {
  name = 'RescanLeases1764093600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `ALTER TABLE rescan_jobs ADD COLUMN lease_owner varchar(64), ADD COLUMN lease_until timestamptz`,
    );
    await q.query(
      `CREATE UNIQUE INDEX rescan_jobs_one_running ON rescan_jobs ((true)) WHERE status = 'running'`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS rescan_jobs_one_running`);
    await q.query(
      `ALTER TABLE rescan_jobs DROP COLUMN IF EXISTS lease_owner, DROP COLUMN IF EXISTS lease_until`,
    );
  }
}
