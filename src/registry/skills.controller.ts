import {
  BadRequestException,
  Body,
  Controller,
  Delete,
  Get,
  HttpCode,
  Inject,
  Param,
  ParseUUIDPipe,
  Post,
  Query,
  Req,
  UploadedFile,
  UseInterceptors,
} from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import {
  ApiBody,
  ApiConsumes,
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiSecurity,
  ApiTags,
} from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import type { AuthedRequest } from '../governance/governance.guard.js';
import { Operator } from '../governance/governance.decorators.js';
import { principalOf } from '../governance/principal-of.js';
import { ImportResultDto, ImportSkillDto } from './dto/import-skill.dto.js';
import { ListSkillsQueryDto, SkillListDto } from './dto/list-skills.dto.js';
import { SkillDetailDto } from './dto/skill-detail.dto.js';
import { RegistryService } from './registry.service.js';
import { toDetail, toImportResult, toList } from './skill.mapper.js';

@ApiTags('skills')
@ApiSecurity('api-key')
@Controller('api/skills')
export class SkillsController {
  constructor(@Inject(RegistryService) private readonly registry: RegistryService) {}

  @Post('import')
  @Operator()
  @ApiOperation({ summary: 'Import a skill from SKILL.md text or a GitHub URL (parse → scan → store)' })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiErrors(400, 401, 403, 404, 409, 413, 422, 429, 502, 504)
  async import(@Body() body: ImportSkillDto, @Req() req: AuthedRequest): Promise<ImportResultDto> {
    return toImportResult(
      await this.registry.importFromRequest(body.source, body.content, principalOf(req), body.metadata),
    );
  }

  @Post('import/upload')
  @Operator()
  @UseInterceptors(FileInterceptor('file'))
  @ApiOperation({ summary: 'Import an uploaded archive (zip, tar.gz, .skill) or a single SKILL.md' })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      properties: { file: { type: 'string', format: 'binary' } },
      required: ['file'],
    },
  })
  @ApiCreatedResponse({ type: ImportResultDto })
  @ApiErrors(400, 401, 403, 409, 413, 415, 422, 429)
  async upload(
    @UploadedFile() file: Express.Multer.File | undefined,
    @Req() req: AuthedRequest,
  ): Promise<ImportResultDto> {
    if (!file) throw new BadRequestException('file: a multipart field named "file" is required');
    return toImportResult(await this.registry.importUpload(file.originalname, file.buffer, principalOf(req)));
  }

  @Get('list')
  @ApiOperation({ summary: 'List skills with filters and cursor pagination' })
  @ApiOkResponse({ type: SkillListDto })
  @ApiErrors(400, 401, 429)
  async list(@Query() query: ListSkillsQueryDto): Promise<SkillListDto> {
    const page = await this.registry.list({
      status: query.status,
      skillType: query.skill_type,
      q: query.q,
      limit: query.limit ?? 50,
      cursor: query.cursor,
    });
    return toList(page);
  }

  @Get(':id')
  @ApiOperation({ summary: 'One skill: files, scan result, executions' })
  @ApiOkResponse({ type: SkillDetailDto })
  @ApiErrors(400, 401, 404, 429)
  async get(@Param('id', new ParseUUIDPipe()) id: string): Promise<SkillDetailDto> {
    return toDetail(await this.registry.get(id));
  }

  @Delete(':id')
  @Operator()
  @HttpCode(200)
  @ApiOperation({ summary: 'Delete a skill (soft: the audit trail and execution history stay)' })
  @ApiOkResponse({ schema: { example: { skill_id: 'uuid', deleted: true } } })
  @ApiErrors(400, 401, 403, 404, 429)
  async delete(@Param('id', new ParseUUIDPipe()) id: string, @Req() req: AuthedRequest) {
    await this.registry.delete(id, principalOf(req));
    return { skill_id: id, deleted: true };
  }
}
