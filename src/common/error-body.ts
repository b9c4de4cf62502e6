import { ApiProperty } from '@nestjs/swagger';

/** The one error shape of every 4xx/5xx answer. */
export class ErrorBody {
  @ApiProperty({ example: 400 }) statusCode: number;
  @ApiProperty({ example: 'Bad Request' }) error: string;
  @ApiProperty({ example: 'name: must be lowercase letters, digits and single hyphens' }) message: string;
  @ApiProperty({ example: '6f1c1c8e-3b8e-4a52-9d0e-0d7c5f1a2b3c' }) request_id: string;
}
