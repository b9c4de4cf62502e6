import { Body, Controller, Get, HttpCode, Inject, Param, ParseUUIDPipe, Post, Req } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiSecurity, ApiTags } from '@nestjs/swagger';
import { ApiErrors } from '../common/api-errors.decorator.js';
import { Operator } from '../governance/governance.decorators.js';
import type { AuthedRequest } from '../governance/governance.guard.js';
import { principalOf } from '../governance/principal-of.js';
import { ScanResultDto } from './dto/scan-result.dto.js';
import {
  AcceptFindingDto,
  VersionDetailDto,
  VersionSummaryDto,
  VerifyDto,
  VerifyResultDto,
} from './dto/version.dto.js';
import type { SkillVersionEntity } from './entities/skill-version.entity.js';
import type { SkillEntity } from './entities/skill.entity.js';
import { VersionsService } from './versions.service.js';

@ApiTags('versions')
@ApiSecurity('api-key')
@Controller('api/skills/:id')
export class SkillVersionsController {
  constructor(@Inject(VersionsService) private readonly versions: VersionsService) {}

  @Get('versions')
  @ApiOperation({ summary: 'Immutable versions of a skill, newest first' })
  @ApiOkResponse({ type: [VersionSummaryDto] })
  @ApiErrors(400, 401, 404, 429)
  async list(@Param('id', new ParseUUIDPipe()) id: string): Promise<VersionSummaryDto[]> {
    const { skill, versions } = await this.versions.list(id);
    return versions.map((v) => toVersionSummary(skill, v));
  }

  @Get('versions/:version')
  @ApiOperation({ summary: 'One version by label (e.g. 1.2.0) or id: files with hashes, scan, provenance' })
  @ApiOkResponse({ type: VersionDetailDto })
  @ApiErrors(400, 401, 404, 429)
  async get(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('version') ref: string,
  ): Promise<VersionDetailDto> {
    const { skill, version, files } = await this.versions.get(id, ref);
    return {
      ...toVersionSummary(skill, version),
      files: files.map(({ path, sha256, size }) => ({ path, sha256, size })),
      scan_result: version.scanResult,
      frontmatter: version.frontmatter,
      accepted_findings: version.acceptedFindings.map((a) => ({ ...a })),
    };
  }

  @Post('verify')
  @HttpCode(200)
  @ApiOperation({ summary: 'Does this bundle digest or list of file hashes match a stored version?' })
  @ApiOkResponse({ type: VerifyResultDto })
  @ApiErrors(400, 401, 404, 429)
  verify(@Param('id', new ParseUUIDPipe()) id: string, @Body() body: VerifyDto): Promise<VerifyResultDto> {
    return this.versions.verify(id, body);
  }

  @Post('findings/accept')
  @HttpCode(200)
  @Operator()
  @ApiOperation({ summary: 'Accept one finding of one version as a false positive (audited)' })
  @ApiOkResponse({ type: ScanResultDto })
  @ApiErrors(400, 401, 403, 404, 429)
  accept(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() body: AcceptFindingDto,
    @Req() req: AuthedRequest,
  ): Promise<ScanResultDto> {
    return this.versions.acceptFinding(id, body, principalOf(req));
  }
}

function toVersionSummary(skill: SkillEntity, version: SkillVersionEntity): VersionSummaryDto {
  return {
    version_id: version.id,
    version: version.version,
    status: version.status,
    bundle_sha256: version.bundleSha256,
    risk_level: version.scanResult.risk_level,
    provenance: { ...version.provenance },
    imported_by: version.importedBy,
    created_at: version.createdAt.toISOString(),
    active: skill.activeVersionId === version.id,
  };
}
