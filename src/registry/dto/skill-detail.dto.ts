import { ApiProperty } from '@nestjs/swagger';
import { ScanResultDto } from './scan-result.dto.js';
import { SkillSummaryDto } from './list-skills.dto.js';

export class SkillFileDto {
  @ApiProperty({ example: 'scripts/run.py' }) path: string;
  @ApiProperty() sha256: string;
  @ApiProperty() size: number;
}

export class ExecutionSummaryDto {
  @ApiProperty({ format: 'uuid' }) execution_id: string;
  @ApiProperty() agent_id: string;
  @ApiProperty({ enum: ['succeeded', 'failed', 'timeout'] }) status: string;
  @ApiProperty({ type: Number, nullable: true }) exit_code: number | null;
  @ApiProperty() duration_ms: number;
  @ApiProperty({ type: String, nullable: true }) limit_hit: string | null;
  @ApiProperty({ type: String, nullable: true }) driver: string | null;
  @ApiProperty() inputs_sha256: string;
  @ApiProperty() at: string;
}

export class SkillDetailDto extends SkillSummaryDto {
  @ApiProperty() version: string;
  @ApiProperty({ format: 'uuid' }) version_id: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) active_version_id: string | null;
  @ApiProperty({ type: Object }) frontmatter: Record<string, unknown>;
  @ApiProperty({ type: Object }) provenance: Record<string, unknown>;
  @ApiProperty({ type: [String] }) warnings: string[];
  @ApiProperty({ type: [SkillFileDto] }) files: SkillFileDto[];
  @ApiProperty({ type: ScanResultDto }) scan_result: ScanResultDto;
  @ApiProperty({ type: [ExecutionSummaryDto] }) executions: ExecutionSummaryDto[];
}
