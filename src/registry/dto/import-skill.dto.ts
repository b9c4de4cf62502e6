import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsObject, IsOptional, IsString } from 'class-validator';
import { SKILL_STATUSES } from '../entities/skill.entity.js';
import { ScanResultDto } from './scan-result.dto.js';

export class ImportSkillDto {
  @ApiProperty({ enum: ['raw_content', 'github_url'], example: 'raw_content' })
  @IsIn(['raw_content', 'github_url'])
  source: 'raw_content' | 'github_url';

  @ApiProperty({
    description: 'The SKILL.md text (raw_content) or a GitHub URL (github_url)',
    example: '---\nname: hello-world\ndescription: Greets the user.\n---\n# Hello\nSay hello.',
  })
  @IsString()
  @IsNotEmpty()
  content: string;

  @ApiPropertyOptional({ description: 'Free-form labels kept with the import request', type: Object })
  @IsOptional()
  @IsObject()
  metadata?: Record<string, unknown>;
}

export class ImportResultDto {
  @ApiProperty({ format: 'uuid' }) skill_id: string;
  @ApiProperty({ example: 'hello-world' }) name: string;
  @ApiProperty({ example: '1.0.0' }) version: string;
  @ApiProperty({ format: 'uuid' }) version_id: string;
  @ApiProperty({ enum: SKILL_STATUSES, description: 'status of the imported version' }) status: string;
  @ApiProperty({ enum: ['prompt', 'code'] }) skill_type: string;
  @ApiProperty({ description: 'false when identical content was already stored' }) created: boolean;
  @ApiProperty({ type: [String] }) warnings: string[];
  @ApiProperty({ type: ScanResultDto }) scan_result: ScanResultDto;
}
