import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Filtered list pages by status and type come straight from an index. */
export class ListIndexes1764097200000 implements MigrationInterface {
  name = 'ListIndexes1764097200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(
      `CREATE INDEX skills_status_type_list ON skills (status, skill_type, created_at DESC, id DESC) WHERE deleted_at IS NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX IF EXISTS skills_status_type_list`);
  }
}
