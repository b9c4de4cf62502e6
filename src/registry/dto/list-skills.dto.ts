import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { SKILL_STATUSES } from '../entities/skill.entity.js';

export class ListSkillsQueryDto {
  @ApiPropertyOptional({ enum: [...SKILL_STATUSES, 'All'], default: 'All' })
  @IsOptional()
  @IsIn([...SKILL_STATUSES, 'All'])
  status?: (typeof SKILL_STATUSES)[number] | 'All';

  @ApiPropertyOptional({ enum: ['prompt', 'code'] })
  @IsOptional()
  @IsIn(['prompt', 'code'])
  skill_type?: 'prompt' | 'code';

  @ApiPropertyOptional({ description: 'Matches name and description', maxLength: 200 })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  q?: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 200, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(200)
  limit?: number;

  @ApiPropertyOptional({ description: 'next_cursor of the previous page' })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  cursor?: string;
}

export class SkillSummaryDto {
  @ApiProperty({ format: 'uuid' }) skill_id: string;
  @ApiProperty() name: string;
  @ApiProperty() description: string;
  @ApiProperty({ enum: SKILL_STATUSES }) status: string;
  @ApiProperty({ enum: ['prompt', 'code'] }) skill_type: string;
  @ApiProperty() risk_level: string;
  @ApiProperty() min_maturity: string;
  @ApiProperty() created_at: string;
  @ApiProperty() updated_at: string;
}

export class SkillListDto {
  @ApiProperty({ type: [SkillSummaryDto] }) skills: SkillSummaryDto[];
  @ApiProperty({ description: 'number of skills matching the filters' }) total: number;
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}
