import { Column, Entity, PrimaryColumn } from 'typeorm';

@Entity('skill_files')
export class SkillFileEntity {
  @PrimaryColumn({ name: 'version_id', type: 'uuid' }) versionId: string;
  @PrimaryColumn({ type: 'varchar' }) path: string;
  @Column({ type: 'varchar' }) sha256: string;
  @Column({ type: 'integer' }) size: number;
  @Column({ type: 'bytea' }) content: Buffer;
}
