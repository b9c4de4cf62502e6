import type { BundleLimits } from './limits.js';
import type { SafeHttpClient, SafeResponse } from './safe-http.js';
import { SourceError } from './source-error.js';

const JSON_MAX_BYTES = 1024 * 1024;
const COMMIT_SHA = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

export interface RepoRef {
  owner: string;
  repo: string;
}

/** The three GitHub calls an import needs, with GitHub's answers turned into messages a user can act on. */
export class GithubApi {
  private readonly apiUrl: string;
  private readonly codeloadUrl: string;
  private readonly maxArchiveBytes: number;
  private readonly credentials: Record<string, string>;

  constructor(
    private readonly http: SafeHttpClient,
    options: { apiUrl: string; codeloadUrl: string; token?: string; limits: BundleLimits },
  ) {
    this.apiUrl = options.apiUrl.replace(/\/+$/, '');
    this.codeloadUrl = options.codeloadUrl.replace(/\/+$/, '');
    this.maxArchiveBytes = options.limits.maxArchiveBytes;
    this.credentials = options.token ? { authorization: `Bearer ${options.token}` } : {};
  }

  async defaultBranch(repo: RepoRef): Promise<string> {
    const response = await this.getJson(this.repoUrl(repo));
    if (response.status === 404) throw repoNotFound(repo);
    const branch = this.json(response)?.default_branch;
    if (typeof branch !== 'string' || branch === '') throw unexpected('no default_branch for the repository');
    return branch;
  }

  /** The commit SHA `ref` names, or undefined when GitHub knows no such ref. */
  async commitSha(repo: RepoRef, ref: string): Promise<string | undefined> {
    const encodedRef = ref.split('/').map(encodeURIComponent).join('/');
    const response = await this.getJson(`${this.repoUrl(repo)}/commits/${encodedRef}`);
    if (response.status === 404 || response.status === 422) return undefined;
    const sha = this.json(response)?.sha;
    if (typeof sha !== 'string' || !COMMIT_SHA.test(sha)) throw unexpected('no commit SHA for the ref');
    return sha;
  }

  async repoExists(repo: RepoRef): Promise<boolean> {
    return (await this.getJson(this.repoUrl(repo))).status !== 404;
  }

  async tarball(repo: RepoRef, sha: string): Promise<Buffer> {
    const url = `${this.codeloadUrl}/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}/tar.gz/${sha}`;
    const response = await this.http.get(url, {
      maxBytes: this.maxArchiveBytes,
      credentials: this.credentials,
    });
    if (response.status === 404) throw repoNotFound(repo);
    this.checkStatus(response);
    return response.body;
  }

  private repoUrl(repo: RepoRef): string {
    return `${this.apiUrl}/repos/${encodeURIComponent(repo.owner)}/${encodeURIComponent(repo.repo)}`;
  }

  private async getJson(url: string): Promise<SafeResponse> {
    return this.http.get(url, {
      maxBytes: JSON_MAX_BYTES,
      headers: {
        accept: 'application/vnd.github+json',
        'x-github-api-version': '2022-11-28',
        'user-agent': 'skillgate',
      },
      credentials: this.credentials,
    });
  }

  private json(response: SafeResponse): Record<string, unknown> | undefined {
    this.checkStatus(response);
    try {
      const value: unknown = JSON.parse(response.body.toString('utf8'));
      return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : undefined;
    } catch {
      throw unexpected('the answer is not JSON');
    }
  }

  private checkStatus(response: SafeResponse): void {
    if (response.status >= 200 && response.status < 300) return;
    if (response.status === 401)
      throw new SourceError(502, 'GitHub rejected the configured token (401): check GITHUB_TOKEN.');
    if (response.status === 403 || response.status === 429) {
      throw new SourceError(
        502,
        `GitHub refused the request (${response.status}), probably a rate limit: retry later or configure GITHUB_TOKEN.`,
      );
    }
    throw new SourceError(502, `GitHub answered ${response.status} for ${new URL(response.url).pathname}.`);
  }
}

export function repoNotFound(repo: RepoRef): SourceError {
  return new SourceError(
    404,
    `GitHub repository ${repo.owner}/${repo.repo} was not found (a private repository needs GITHUB_TOKEN).`,
    'content',
  );
}

function unexpected(why: string): SourceError {
  return new SourceError(502, `GitHub sent an unexpected answer: ${why}.`);
}
