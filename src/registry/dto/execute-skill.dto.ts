import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';

export class ExecuteInputsDto {
  @ApiPropertyOptional({
    description: 'Script of the skill to run; default: its only script',
    example: 'scripts/run.py',
  })
  @IsOptional()
  @IsString()
  @MaxLength(512)
  script?: string;

  @ApiPropertyOptional({ type: [String], maxItems: 64 })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(64)
  @IsString({ each: true })
  @MaxLength(4096, { each: true })
  args?: string[];

  @ApiPropertyOptional({ description: 'Standard input; when absent the inputs JSON is given on stdin' })
  @IsOptional()
  @IsString()
  @MaxLength(1024 * 1024)
  stdin?: string;

  @ApiPropertyOptional({ description: 'Values substituted for {{name}} in prompt skills', type: Object })
  @IsOptional()
  @IsObject()
  variables?: Record<string, string>;
}

export class ExecuteSkillDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skill_id: string;

  @ApiPropertyOptional({ type: ExecuteInputsDto })
  @IsOptional()
  @ValidateNested()
  @Type(() => ExecuteInputsDto)
  inputs?: ExecuteInputsDto;
}

export class ExecutionResultDto {
  @ApiProperty({ format: 'uuid' }) execution_id: string;
  @ApiProperty({ enum: ['succeeded', 'failed', 'timeout'] }) status: string;
  @ApiProperty({ description: 'stdout of a code skill, or the rendered instructions of a prompt skill' })
  output: string;
  @ApiProperty() stderr: string;
  @ApiProperty({ type: Number, nullable: true }) exit_code: number | null;
  @ApiProperty() duration_ms: number;
  @ApiProperty({ type: String, nullable: true, description: 'which limit stopped the run' }) limit_hit:
    string | null;
  @ApiProperty() truncated: boolean;
  @ApiProperty({ type: String, nullable: true, description: 'sandbox driver; null for prompt skills' })
  driver: string | null;
}
