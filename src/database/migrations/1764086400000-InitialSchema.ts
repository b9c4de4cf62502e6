import type { MigrationInterface, QueryRunner } from 'typeorm';

export class InitialSchema1764086400000 implements MigrationInterface {
  name = 'InitialSchema1764086400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE skills (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(64) NOT NULL,
      description text NOT NULL,
      status varchar(16) NOT NULL,
      skill_type varchar(8) NOT NULL,
      min_maturity varchar(16) NOT NULL DEFAULT 'INTERN',
      latest_version_id uuid,
      active_version_id uuid,
      risk_level varchar(8) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT date_trunc('milliseconds', now()),
      updated_at timestamptz NOT NULL DEFAULT now(),
      deleted_at timestamptz
    )`);
    await q.query(`CREATE UNIQUE INDEX skills_name_live ON skills (name) WHERE deleted_at IS NULL`);
    await q.query(`CREATE INDEX skills_list ON skills (created_at DESC, id DESC) WHERE deleted_at IS NULL`);
    await q.query(`CREATE TABLE skill_versions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      skill_id uuid NOT NULL REFERENCES skills(id),
      version varchar(128) NOT NULL,
      bundle_sha256 char(64) NOT NULL,
      status varchar(16) NOT NULL,
      skill_type varchar(8) NOT NULL,
      description text NOT NULL,
      frontmatter jsonb NOT NULL,
      warnings jsonb NOT NULL DEFAULT '[]',
      provenance jsonb NOT NULL,
      scan_result jsonb NOT NULL,
      imported_by varchar(128) NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      UNIQUE (skill_id, bundle_sha256),
      UNIQUE (skill_id, version)
    )`);
    await q.query(`CREATE TABLE skill_files (
      version_id uuid NOT NULL REFERENCES skill_versions(id),
      path varchar(512) NOT NULL,
      sha256 char(64) NOT NULL,
      size integer NOT NULL,
      content bytea NOT NULL,
      PRIMARY KEY (version_id, path)
    )`);
    await q.query(`CREATE TABLE scan_cache (
      bundle_sha256 char(64) NOT NULL,
      engine_version varchar(32) NOT NULL,
      model varchar(128) NOT NULL,
      result jsonb NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now(),
      PRIMARY KEY (bundle_sha256, engine_version, model)
    )`);
    await q.query(`CREATE TABLE agents (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      name varchar(128) NOT NULL,
      maturity varchar(16) NOT NULL,
      key_hash char(64) NOT NULL UNIQUE,
      is_operator boolean NOT NULL DEFAULT false,
      created_at timestamptz NOT NULL DEFAULT now(),
      revoked_at timestamptz
    )`);
    await q.query(`CREATE TABLE executions (
      id uuid PRIMARY KEY DEFAULT gen_random_uuid(),
      skill_id uuid NOT NULL REFERENCES skills(id),
      version_id uuid NOT NULL REFERENCES skill_versions(id),
      agent_id varchar(64) NOT NULL,
      inputs_sha256 char(64) NOT NULL,
      status varchar(16) NOT NULL,
      exit_code integer,
      duration_ms integer NOT NULL,
      limit_hit varchar(32),
      driver varchar(16),
      stdout text NOT NULL,
      stderr text NOT NULL,
      created_at timestamptz NOT NULL DEFAULT now()
    )`);
    await q.query(`CREATE INDEX executions_skill ON executions (skill_id, created_at DESC)`);
    await q.query(`CREATE TABLE audit_events (
      id bigserial PRIMARY KEY,
      at timestamptz NOT NULL DEFAULT now(),
      action varchar(32) NOT NULL,
      actor varchar(128) NOT NULL,
      agent_id varchar(64),
      skill_id uuid,
      outcome varchar(16) NOT NULL,
      detail jsonb NOT NULL DEFAULT '{}',
      request_id varchar(64)
    )`);
    await q.query(`CREATE INDEX audit_skill ON audit_events (skill_id, id DESC)`);
    await q.query(`CREATE INDEX audit_action ON audit_events (action, id DESC)`);
    await q.query(`CREATE FUNCTION audit_append_only() RETURNS trigger AS $$
      BEGIN RAISE EXCEPTION 'audit_events is append-only'; END; $$ LANGUAGE plpgsql`);
    await q.query(`CREATE TRIGGER audit_no_change BEFORE UPDATE OR DELETE ON audit_events
      FOR EACH ROW EXECUTE FUNCTION audit_append_only()`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const table of [
      'audit_events',
      'executions',
      'agents',
      'scan_cache',
      'skill_files',
      'skill_versions',
      'skills',
    ]) {
      await q.query(`DROP TABLE IF EXISTS ${table}`);
    }
    await q.query(`DROP FUNCTION IF EXISTS audit_append_only()`);
  }
}
