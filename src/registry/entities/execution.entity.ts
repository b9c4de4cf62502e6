import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('executions')
export class ExecutionEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'skill_id', type: 'uuid' }) skillId: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId: string;
  @Column({ name: 'agent_id', type: 'varchar' }) agentId: string;
  @Column({ name: 'inputs_sha256', type: 'varchar' }) inputsSha256: string;
  @Column({ type: 'varchar' }) status: 'succeeded' | 'failed' | 'timeout';
  @Column({ name: 'exit_code', type: 'integer', nullable: true }) exitCode: number | null;
  @Column({ name: 'duration_ms', type: 'integer' }) durationMs: number;
  @Column({ name: 'limit_hit', type: 'varchar', nullable: true }) limitHit: string | null;
  @Column({ type: 'varchar', nullable: true }) driver: string | null;
  @Column({ type: 'varchar' }) stdout: string;
  @Column({ type: 'varchar' }) stderr: string;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
