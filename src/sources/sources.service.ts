import { Inject, Injectable } from '@nestjs/common';
import { AppConfig } from '../config/app-config.js';
import type { SkillBundle } from '../parsing/skill-bundle.js';
import { bundleFromUpload } from './archive-source.js';
import { bundleFromGithubUrl } from './github-source.js';
import { DEFAULT_BUNDLE_LIMITS, type BundleLimits } from './limits.js';
import { SourceError } from './source-error.js';

export type ImportSource = 'raw_content' | 'github_url';

/** Turns an import request (raw text, GitHub URL, upload) into a bundle within the configured limits. */
@Injectable()
export class SourcesService {
  readonly limits: BundleLimits;

  constructor(@Inject(AppConfig) private readonly config: AppConfig) {
    this.limits = {
      ...DEFAULT_BUNDLE_LIMITS,
      maxFiles: config.maxFiles,
      maxFileBytes: config.maxFileBytes,
      maxTotalBytes: config.maxTotalBytes,
      maxArchiveBytes: config.maxArchiveBytes,
    };
  }

  async fromRequest(source: ImportSource, content: string): Promise<SkillBundle> {
    if (source === 'github_url') return this.fromGithubUrl(content);
    return this.fromRawContent(content);
  }

  fromRawContent(content: string): SkillBundle {
    const data = Buffer.from(content, 'utf8');
    if (data.length > this.limits.maxFileBytes) {
      throw new SourceError(
        413,
        `content: SKILL.md is ${data.length} bytes; the limit is ${this.limits.maxFileBytes}`,
        'content',
      );
    }
    return { files: [{ path: 'SKILL.md', content: data }], provenance: { source: 'raw_content' } };
  }

  async fromGithubUrl(url: string): Promise<SkillBundle> {
    return bundleFromGithubUrl(url, {
      apiUrl: this.config.githubApiUrl,
      codeloadUrl: this.config.githubCodeloadUrl,
      token: this.config.githubToken,
      limits: this.limits,
      allowPrivateAddresses: this.config.allowPrivateAddresses,
    });
  }

  async fromUpload(filename: string, data: Buffer): Promise<SkillBundle> {
    return bundleFromUpload(filename, data, this.limits);
  }
}
