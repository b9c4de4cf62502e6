import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { ScanResultDto } from './scan-result.dto.js';
import { SkillFileDto } from './skill-detail.dto.js';

const SHA256 = /^[0-9a-f]{64}$/;

export class VersionSummaryDto {
  @ApiProperty({ format: 'uuid' }) version_id: string;
  @ApiProperty({ example: '1.2.0' }) version: string;
  @ApiProperty({ enum: ['Untrusted', 'Active', 'Quarantined'] }) status: string;
  @ApiProperty() bundle_sha256: string;
  @ApiProperty() risk_level: string;
  @ApiProperty({ type: Object }) provenance: Record<string, unknown>;
  @ApiProperty() imported_by: string;
  @ApiProperty() created_at: string;
  @ApiProperty({ description: 'the version agents run' }) active: boolean;
}

export class VersionDetailDto extends VersionSummaryDto {
  @ApiProperty({ type: [SkillFileDto] }) files: SkillFileDto[];
  @ApiProperty({ type: ScanResultDto }) scan_result: ScanResultDto;
  @ApiProperty({ type: Object }) frontmatter: Record<string, unknown>;
  @ApiProperty({ type: [Object] }) accepted_findings: Record<string, unknown>[];
}

export class FileHashDto {
  @ApiProperty({ example: 'SKILL.md' }) @IsString() @IsNotEmpty() @MaxLength(1024) path: string;
  @ApiProperty()
  @Matches(SHA256, { message: 'files.sha256: must be 64 lowercase hex characters' })
  sha256: string;
}

export class VerifyDto {
  @ApiPropertyOptional({ description: 'digest of a whole bundle as Skillgate computes it' })
  @IsOptional()
  @Matches(SHA256, { message: 'bundle_sha256: must be 64 lowercase hex characters' })
  bundle_sha256?: string;

  @ApiPropertyOptional({ type: [FileHashDto], description: 'a lockfile-style list of file hashes' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(1024)
  @ValidateNested({ each: true })
  @Type(() => FileHashDto)
  files?: FileHashDto[];

  @ApiPropertyOptional({ description: 'compare with this version only (label or id)' })
  @IsOptional()
  @IsString()
  @MaxLength(128)
  version?: string;
}

export class VerifyResultDto {
  @ApiProperty() match: boolean;
  @ApiProperty({ type: String, nullable: true }) version: string | null;
  @ApiProperty({ type: String, nullable: true }) version_id: string | null;
  @ApiProperty({ type: String, nullable: true }) status: string | null;
  @ApiProperty({
    type: [String],
    description: 'paths that differ, are missing or are extra (closest version)',
  })
  mismatches: string[];
}

export class AcceptFindingDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'default: the latest version' })
  @IsOptional()
  @IsUUID()
  version_id?: string;
  @ApiProperty({ example: 'SG-DROPPER-001' }) @IsString() @IsNotEmpty() @MaxLength(64) rule_id: string;
  @ApiProperty({ example: 'SKILL.md' }) @IsString() @IsNotEmpty() @MaxLength(1024) file: string;
  @ApiProperty({ example: 12 }) @Type(() => Number) @IsInt() @Min(1) line: number;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}
