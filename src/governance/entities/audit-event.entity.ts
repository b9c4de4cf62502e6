import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';

@Entity('audit_events')
export class AuditEventEntity {
  @PrimaryGeneratedColumn({ type: 'bigint' }) id: string;
  @CreateDateColumn({ type: 'timestamptz' }) at: Date;
  @Column({ type: 'varchar' }) action: string;
  @Column({ type: 'varchar' }) actor: string;
  @Column({ name: 'agent_id', type: 'varchar', nullable: true }) agentId: string | null;
  @Column({ name: 'skill_id', type: 'uuid', nullable: true }) skillId: string | null;
  @Column({ type: 'varchar' }) outcome: string;
  @Column({ type: 'jsonb' }) detail: Record<string, unknown>;
  @Column({ name: 'request_id', type: 'varchar', nullable: true }) requestId: string | null;
}
