import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

export const SKILL_STATUSES = ['Untrusted', 'Active', 'Quarantined'] as const;
export type SkillStatus = (typeof SKILL_STATUSES)[number];

@Entity('skills')
export class SkillEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) name: string;
  @Column({ type: 'varchar' }) description: string;
  @Column({ type: 'varchar' }) status: SkillStatus;
  @Column({ name: 'skill_type', type: 'varchar' }) skillType: 'prompt' | 'code';
  @Column({ name: 'min_maturity', type: 'varchar' }) minMaturity: string;
  @Column({ name: 'latest_version_id', type: 'uuid', nullable: true }) latestVersionId: string | null;
  @Column({ name: 'active_version_id', type: 'uuid', nullable: true }) activeVersionId: string | null;
  @Column({ name: 'risk_level', type: 'varchar' }) riskLevel: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'deleted_at', type: 'timestamptz', nullable: true }) deletedAt: Date | null;
}
