import { Column, CreateDateColumn, Entity, PrimaryColumn } from 'typeorm';
import type { ScanResult } from '../../scanning/scan.types.js';

@Entity('scan_cache')
export class ScanCacheEntity {
  @PrimaryColumn({ name: 'bundle_sha256', type: 'varchar' }) bundleSha256: string;
  @PrimaryColumn({ name: 'engine_version', type: 'varchar' }) engineVersion: string;
  @PrimaryColumn({ type: 'varchar' }) model: string;
  @Column({ type: 'jsonb' }) result: ScanResult;
  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' }) createdAt: Date;
}
