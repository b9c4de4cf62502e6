import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { SkillProvenance } from '../../parsing/skill-bundle.js';
import type { ScanResult } from '../../scanning/scan.types.js';
import type { SkillStatus } from './skill.entity.js';

/** A finding an operator accepted as a false positive for this version only. */
export interface AcceptedFinding {
  rule_id: string;
  file: string;
  line: number;
  reason: string;
  accepted_by: string;
  at: string;
}

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
  @Column({ name: 'accepted_findings', type: 'jsonb' }) acceptedFindings: AcceptedFinding[];
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
