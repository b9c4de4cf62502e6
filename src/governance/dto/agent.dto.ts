import { ApiProperty } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsString, MaxLength } from 'class-validator';
import { MATURITY_LEVELS, type Maturity } from '../maturity.js';

export class CreateAgentDto {
  @ApiProperty({ example: 'release-bot' }) @IsString() @IsNotEmpty() @MaxLength(128) name: string;
  @ApiProperty({ enum: MATURITY_LEVELS }) @IsIn(MATURITY_LEVELS) maturity: Maturity;
}

export class UpdateAgentDto {
  @ApiProperty({ enum: MATURITY_LEVELS }) @IsIn(MATURITY_LEVELS) maturity: Maturity;
}

export class AgentDto {
  @ApiProperty({ format: 'uuid' }) agent_id: string;
  @ApiProperty() name: string;
  @ApiProperty({ enum: MATURITY_LEVELS }) maturity: string;
  @ApiProperty() created_at: string;
  @ApiProperty({ type: String, nullable: true }) revoked_at: string | null;
}

export class CreatedAgentDto extends AgentDto {
  @ApiProperty({ description: 'shown once; only its hash is stored' }) api_key: string;
}
