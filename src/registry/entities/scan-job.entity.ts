import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import type { Principal } from '../../governance/principal.js';
import type { StaticScan } from '../../scanning/reviewed-result.js';
import type { Finding } from '../../scanning/scan.types.js';

export type ScanJobStatus = 'pending' | 'done' | 'failed';

/**
 * The review half of a first scan: stored with its version, worked by whichever process holds the
 * lease (the importing one first), finished once.
 */
@Entity('scan_jobs')
export class ScanJobEntity {
  @PrimaryGeneratedColumn('uuid') id: string;
  @Column({ name: 'skill_id', type: 'uuid' }) skillId: string;
  @Column({ name: 'version_id', type: 'uuid' }) versionId: string;
  @Column({ name: 'bundle_sha256', type: 'varchar' }) bundleSha256: string;
  @Column({ type: 'varchar' }) status: ScanJobStatus;
  /** The static rules' verdict on the bundle (the part the scan cache shares). */
  @Column({ name: 'static_result', type: 'jsonb' }) staticResult: StaticScan;
  /** Findings about the skill in this registry (lookalike names), added to the reviewed result. */
  @Column({ name: 'registry_findings', type: 'jsonb' }) registryFindings: Finding[];
  /** Who imported: the scan audit event names them, whichever process finishes the job. */
  @Column({ type: 'jsonb' }) principal: Principal;
  @Column({ name: 'request_id', type: 'varchar', nullable: true }) requestId: string | null;
  @Column({ type: 'integer' }) attempts: number;
  @Column({ name: 'last_error', type: 'text', nullable: true }) lastError: string | null;
  @Column({ name: 'lease_owner', type: 'varchar', nullable: true }) leaseOwner: string | null;
  @Column({ name: 'lease_until', type: 'timestamptz', nullable: true }) leaseUntil: Date | null;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
  @Column({ name: 'updated_at', type: 'timestamptz' }) updatedAt: Date;
  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true }) finishedAt: Date | null;
}
