import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The generation of a skill_counts row now moves on any change to a live skill it counts, not only
 * to the columns a search ranks by: a list or search page (rows included) is then exact until the
 * generation of the counters its filters cover moves, and can be remembered whole. An update that
 * keeps a skill's status, type and liveness only moves the generation of its row.
 */
export class SummaryGenerations1764111600000 implements MigrationInterface {
  name = 'SummaryGenerations1764111600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      trackFunction(`
        IF TG_OP = 'UPDATE' AND OLD.deleted_at IS NULL AND NEW.deleted_at IS NULL
           AND OLD.status = NEW.status AND OLD.skill_type = NEW.skill_type THEN
          UPDATE skill_counts SET generation = nextval('skill_counts_generation')
          WHERE status = NEW.status AND skill_type = NEW.skill_type;
          RETURN NULL;
        END IF;`),
    );
    await q.query(`DROP TRIGGER skills_counted ON skills`);
    await q.query(`CREATE TRIGGER skills_counted AFTER INSERT OR DELETE OR UPDATE
      ON skills FOR EACH ROW EXECUTE FUNCTION skill_counts_track()`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER skills_counted ON skills`);
    await q.query(`CREATE TRIGGER skills_counted
      AFTER INSERT OR DELETE OR UPDATE OF status, skill_type, deleted_at, name, description
      ON skills FOR EACH ROW EXECUTE FUNCTION skill_counts_track()`);
    await q.query(trackFunction(''));
  }
}

/** skill_counts_track: `first` (PL/pgSQL), then a skill leaves its old counter and joins its new one. */
function trackFunction(first: string): string {
  return `CREATE OR REPLACE FUNCTION skill_counts_track() RETURNS trigger AS $$
      BEGIN${first}
        IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.deleted_at IS NULL THEN
          PERFORM skill_counts_apply(OLD.status, OLD.skill_type, -1);
        END IF;
        IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.deleted_at IS NULL THEN
          PERFORM skill_counts_apply(NEW.status, NEW.skill_type, 1);
        END IF;
        RETURN NULL;
      END; $$ LANGUAGE plpgsql`;
}
