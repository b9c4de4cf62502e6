import type { SkillBundle, SkillProvenance } from '../parsing/skill-bundle.js';
import { withArchiveNotes } from './archive-notes.js';
import { isInsideFolder } from './bundle-path.js';
import { GithubApi, type RepoRef, repoNotFound } from './github-api.js';
import { extractRepositoryFolder, listRepositoryFiles } from './github-tarball.js';
import { type GithubLocation, parseGithubUrl } from './github-url.js';
import type { BundleLimits } from './limits.js';
import { SafeHttpClient } from './safe-http.js';
import { chooseSkillFolder } from './skill-root.js';
import { SourceError } from './source-error.js';

export interface GithubSourceOptions {
  apiUrl: string;
  codeloadUrl: string;
  token?: string;
  limits: BundleLimits;
  /** Tests only: the fake GitHub listens on 127.0.0.1. */
  allowPrivateAddresses?: boolean;
  /** Deadline for the whole import (API calls and download), default 30 s. */
  timeoutMs?: number;
}

const DEFAULT_TIMEOUT_MS = 30_000;
/** Branch names may hold slashes: this many leading segments are tried as the ref. */
const MAX_REF_SEGMENTS = 5;

interface ResolvedRef {
  sha: string;
  /** Path inside the repository the URL points at ('' = root). */
  path: string;
}

/** Imports a skill from a GitHub repository, folder or SKILL.md URL, pinned to a commit SHA. */
export async function bundleFromGithubUrl(url: string, options: GithubSourceOptions): Promise<SkillBundle> {
  const location = parseGithubUrl(url);
  const http = new SafeHttpClient({
    allowedOrigins: [options.apiUrl, options.codeloadUrl],
    allowPrivateAddresses: options.allowPrivateAddresses,
    timeoutMs: options.timeoutMs ?? DEFAULT_TIMEOUT_MS,
    upstreamName: 'GitHub',
  });
  try {
    const api = new GithubApi(http, options);
    const repo: RepoRef = { owner: location.owner, repo: location.repo };
    const { sha, path } = await resolveRef(api, location);
    const tarball = await api.tarball(repo, sha);
    const where = `${repo.owner}/${repo.repo}${path ? `/${path}` : ''} at ${sha.slice(0, 12)}`;
    const filesUnderPath = (await listRepositoryFiles(tarball, options.limits)).filter((file) =>
      isInsideFolder(file, path),
    );
    if (path !== '' && filesUnderPath.length === 0) {
      throw new SourceError(404, `Nothing found at ${where}: check the path in the URL.`, 'content');
    }
    const folder = chooseSkillFolder(filesUnderPath, where);
    const files = await extractRepositoryFolder(tarball, folder, options.limits);
    const provenance: SkillProvenance = {
      source: 'github_url',
      url: url.trim(),
      owner: repo.owner,
      repo: repo.repo,
      path: folder,
      commit_sha: sha,
    };
    return withArchiveNotes({ files, provenance });
  } finally {
    await http.close();
  }
}

async function resolveRef(api: GithubApi, location: GithubLocation): Promise<ResolvedRef> {
  const repo: RepoRef = { owner: location.owner, repo: location.repo };
  const segments = location.pointsAtFile ? location.refAndPath.slice(0, -1) : location.refAndPath;
  if (location.refAndPath.length === 0) {
    const sha = await api.commitSha(repo, await api.defaultBranch(repo));
    if (!sha)
      throw new SourceError(
        502,
        `GitHub has no commit for the default branch of ${repo.owner}/${repo.repo}.`,
      );
    return { sha, path: '' };
  }
  const refSegmentsMax = Math.min(segments.length, MAX_REF_SEGMENTS);
  for (let refSegments = 1; refSegments <= refSegmentsMax; refSegments++) {
    const sha = await api.commitSha(repo, segments.slice(0, refSegments).join('/'));
    if (sha) return { sha, path: segments.slice(refSegments).join('/') };
  }
  if (!(await api.repoExists(repo))) {
    throw repoNotFound(repo);
  }
  throw new SourceError(
    404,
    `No branch, tag or commit "${segments[0]}" in ${repo.owner}/${repo.repo}.`,
    'content',
  );
}
