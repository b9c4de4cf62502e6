import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * A search's exact `total` is remembered per process under the generation of the skill_counts rows
 * its filters cover (their sum). Every change to a live skill's name, description, status, type or
 * deletion gives the row it leaves and the row it joins a fresh value of a sequence, in the
 * writer's transaction; rows are never deleted (TRUNCATE zeroes them), so the sum only grows and a
 * total read in the same snapshot as its generation is exact until the generation moves.
 */
export class SearchGenerations1764108000000 implements MigrationInterface {
  name = 'SearchGenerations1764108000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE skill_counts_generation`);
    await q.query(`ALTER TABLE skill_counts
      ADD COLUMN generation bigint NOT NULL DEFAULT nextval('skill_counts_generation')`);
    await q.query(`CREATE OR REPLACE FUNCTION skill_counts_apply(s varchar, t varchar, delta int) RETURNS void AS $$
      BEGIN
        INSERT INTO skill_counts (status, skill_type, n) VALUES (s, t, delta)
        ON CONFLICT (status, skill_type)
        DO UPDATE SET n = skill_counts.n + delta, generation = nextval('skill_counts_generation');
      END; $$ LANGUAGE plpgsql`);
    await q.query(`CREATE OR REPLACE FUNCTION skill_counts_reset() RETURNS trigger AS $$
      BEGIN UPDATE skill_counts SET n = 0, generation = nextval('skill_counts_generation'); RETURN NULL; END;
      $$ LANGUAGE plpgsql`);
    await q.query(`DROP TRIGGER skills_counted ON skills`);
    await q.query(`CREATE TRIGGER skills_counted
      AFTER INSERT OR DELETE OR UPDATE OF status, skill_type, deleted_at, name, description
      ON skills FOR EACH ROW EXECUTE FUNCTION skill_counts_track()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER skills_counted ON skills`);
    await q.query(`CREATE TRIGGER skills_counted AFTER INSERT OR DELETE OR UPDATE OF status, skill_type, deleted_at
      ON skills FOR EACH ROW EXECUTE FUNCTION skill_counts_track()`);
    await q.query(`CREATE OR REPLACE FUNCTION skill_counts_reset() RETURNS trigger AS $$
      BEGIN DELETE FROM skill_counts; RETURN NULL; END; $$ LANGUAGE plpgsql`);
    await q.query(`CREATE OR REPLACE FUNCTION skill_counts_apply(s varchar, t varchar, delta int) RETURNS void AS $$
      BEGIN
        INSERT INTO skill_counts (status, skill_type, n) VALUES (s, t, delta)
        ON CONFLICT (status, skill_type) DO UPDATE SET n = skill_counts.n + delta;
      END; $$ LANGUAGE plpgsql`);
    await q.query(`ALTER TABLE skill_counts DROP COLUMN generation`);
    await q.query(`DROP SEQUENCE skill_counts_generation`);
  }
}
