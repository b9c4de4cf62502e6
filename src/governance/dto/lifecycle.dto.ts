import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsBoolean, IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { MATURITY_LEVELS, type Maturity } from '../maturity.js';

export class PromoteSkillDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() skill_id: string;
  @ApiProperty({ example: 'reviewed by security; findings are false positives' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason: string;
  @ApiPropertyOptional({ description: 'required to promote a HIGH or CRITICAL skill' })
  @IsOptional()
  @IsBoolean()
  force?: boolean;
  @ApiPropertyOptional({ enum: MATURITY_LEVELS })
  @IsOptional()
  @IsIn(MATURITY_LEVELS)
  min_maturity?: Maturity;
  @ApiPropertyOptional({ format: 'uuid', description: 'default: the latest version' })
  @IsOptional()
  @IsUUID()
  version_id?: string;
}

export class QuarantineSkillDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() skill_id: string;
  @ApiProperty() @IsString() @IsNotEmpty() @MaxLength(2000) reason: string;
}

export class LifecycleResultDto {
  @ApiProperty({ format: 'uuid' }) skill_id: string;
  @ApiProperty({ enum: ['Untrusted', 'Active', 'Quarantined'] }) status: string;
  @ApiProperty({ type: String, nullable: true }) version: string | null;
  @ApiProperty({ enum: MATURITY_LEVELS }) min_maturity: string;
}
