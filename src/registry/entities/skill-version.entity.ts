import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SkillProvenance } from '../../parsing/skill-bundle.js';
import type { ScanResult } from '../../scanning/scan.types.js';
import type { SkillStatus } from './skill.entity.js';

@Entity('skill_versions')
export class SkillVersionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'skill_id', type: 'uuid' }) skillId: string;
  @Column({ type: 'varchar' }) version: string;
  @Column({ name: 'bundle_sha256', type: 'varchar' }) bundleSha256: string;
  @Column({ type: 'varchar' }) status: SkillStatus;
  @Column({ name: 'skill_type', type: 'varchar' }) skillType: 'prompt' | 'code';
  @Column({ type: 'varchar' }) description: string;
  @Column({ type: 'jsonb' }) frontmatter: Record<string, unknown>;
  @Column({ type: 'jsonb' }) warnings: string[];
  @Column({ type: 'jsonb' }) provenance: SkillProvenance;
  @Column({ name: 'scan_result', type: 'jsonb' }) scanResult: ScanResult;
  @Column({ name: 'imported_by', type: 'varchar' }) importedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
