import type { MigrationInterface, QueryRunner } from 'typeorm';

export class SearchRescanAppeals1764090000000 implements MigrationInterface {
  name = 'SearchRescanAppeals1764090000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE EXTENSION IF NOT EXISTS pg_trgm`);
    await q.query(`ALTER TABLE skills ADD COLUMN search_tsv tsvector
      GENERATED ALWAYS AS (to_tsvector('simple', name || ' ' || replace(name, '-', ' ') || ' ' || description)) STORED`);
    await q.query(`CREATE INDEX skills_search_tsv ON skills USING gin (search_tsv)`);
    await q.query(`CREATE INDEX skills_name_trgm ON skills USING gin (name gin_trgm_ops)`);
    await q.query(`CREATE INDEX skills_description_trgm ON skills USING gin (description gin_trgm_ops)`);
    await q.query(`ALTER TABLE skill_versions ADD COLUMN accepted_findings jsonb NOT NULL DEFAULT '[]'`);
    await q.query(`CREATE TABLE rescan_jobs (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      status varchar(16) NOT NULL,
      engine_version varchar(32) NOT NULL,
      total integer NOT NULL,
      done integer NOT NULL DEFAULT 0,
      quarantined integer NOT NULL DEFAULT 0,
      failed integer NOT NULL DEFAULT 0,
      last_version_id uuid,
      requested_by varchar(128) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      updated_at timestamptz NOT NULL DEFAULT now(),
      finished_at timestamptz
    )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE IF EXISTS rescan_jobs`);
    await q.query(`ALTER TABLE skill_versions DROP COLUMN IF EXISTS accepted_findings`);
    await q.query(`DROP INDEX IF EXISTS skills_description_trgm`);
    await q.query(`DROP INDEX IF EXISTS skills_name_trgm`);
    await q.query(`DROP INDEX IF EXISTS skills_search_tsv`);
    await q.query(`ALTER TABLE skills DROP COLUMN IF EXISTS search_tsv`);
  }
}
