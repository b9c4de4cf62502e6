import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('rescan_jobs')
export class RescanJobEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ type: 'varchar' }) status: 'running' | 'completed' | 'failed';
  @Column({ name: 'engine_version', type: 'varchar' }) engineVersion: string;
  @Column({ type: 'integer' }) total: number;
  @Column({ type: 'integer' }) done: number;
  @Column({ type: 'integer' }) quarantined: number;
  @Column({ type: 'integer' }) failed: number;
  @Column({ name: 'last_version_id', type: 'uuid', nullable: true }) lastVersionId: string | null;
  @Column({ name: 'requested_by', type: 'varchar' }) requestedBy: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
  @Column({ name: 'lease_owner', type: 'varchar', nullable: true }) leaseOwner: string | null;
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true }) leaseUntil: Date | null;
}
