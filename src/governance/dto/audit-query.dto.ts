import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDate, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';

export class AuditQueryDto {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() skill_id?: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(64) agent_id?: string;
  @ApiPropertyOptional({ example: 'deny' }) @IsOptional() @IsString() @MaxLength(32) action?: string;
  @ApiPropertyOptional({ description: 'ISO time, inclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  since?: Date;
  @ApiPropertyOptional({ description: 'ISO time, exclusive' })
  @IsOptional()
  @Type(() => Date)
  @IsDate()
  until?: Date;
  @ApiPropertyOptional({ minimum: 1, maximum: 500, default: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
  @ApiPropertyOptional({ description: 'next_cursor of the previous page' })
  @IsOptional()
  @Matches(/^\d{1,18}$/, { message: 'cursor: not a cursor returned by this endpoint' })
  cursor?: string;
}

export class AuditEventDto {
  @ApiProperty() id: string;
  @ApiProperty() at: string;
  @ApiProperty({ example: 'execute' }) action: string;
  @ApiProperty({ example: 'agent:3f0c…' }) actor: string;
  @ApiProperty({ type: String, nullable: true }) agent_id: string | null;
  @ApiProperty({ type: String, nullable: true }) skill_id: string | null;
  @ApiProperty({ enum: ['success', 'denied', 'failed', 'unchanged'] }) outcome: string;
  @ApiProperty({ type: Object }) detail: Record<string, unknown>;
  @ApiProperty({ type: String, nullable: true }) request_id: string | null;
}

export class AuditPageDto {
  @ApiProperty({ type: [AuditEventDto] }) events: AuditEventDto[];
  @ApiProperty({ type: String, nullable: true }) next_cursor: string | null;
}
