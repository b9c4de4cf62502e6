import { SourceError } from './source-error.js';

export interface GithubLocation {
  owner: string;
  repo: string;
  /**
   * Segments after `tree/`, `blob/` or the raw host's repo: ref and path are split only once the
   * ref is known, since branch names may hold slashes. Empty: default branch, repository root.
   */
  refAndPath: string[];
  /** The URL named a SKILL.md file (blob/raw): its last segment is dropped from the path. */
  pointsAtFile: boolean;
}

const GITHUB_HOSTS = new Set(['github.com', 'www.github.com']);
const RAW_HOST = 'raw.githubusercontent.com';
const OWNER = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/;
const REPO = /^[A-Za-z0-9._-]{1,100}$/;
const FIELD = 'content';
const ACCEPTED =
  'use https://github.com/{owner}/{repo}, …/tree/{ref}/{path}, …/blob/{ref}/{path}/SKILL.md or ' +
  'https://raw.githubusercontent.com/{owner}/{repo}/{ref}/{path}/SKILL.md';

/** Parses the GitHub URLs Skillgate imports from; anything else is refused with 400 on `content`. */
export function parseGithubUrl(input: string): GithubLocation {
  const url = parseUrl(input.trim());
  if (url.protocol !== 'https:') refuse(`only https:// GitHub URLs are accepted, not ${url.protocol}//`);
  if (url.username || url.password) refuse('URLs with credentials are not accepted');
  if (url.port) refuse('URLs with a port are not accepted');
  const segments = pathSegments(url);
  if (GITHUB_HOSTS.has(url.hostname)) return fromGithubPage(segments);
  if (url.hostname === RAW_HOST) return fromRawFile(segments);
  return refuse(`${url.hostname} is not GitHub`);
}

function fromGithubPage(segments: string[]): GithubLocation {
  const [owner, repoSegment, kind, ...rest] = segments;
  const repo = checkOwnerRepo(owner, repoSegment?.replace(/\.git$/, ''));
  if (kind === undefined) return { owner, repo, refAndPath: [], pointsAtFile: false };
  if (kind === 'tree' && rest.length > 0) return { owner, repo, refAndPath: rest, pointsAtFile: false };
  if (kind === 'blob' && rest.length > 1)
    return { owner, repo, refAndPath: checkSkillFile(rest), pointsAtFile: true };
  return refuse(`github.com/${owner}/${repo}/${kind} is not a repository, folder or SKILL.md page`);
}

function fromRawFile(segments: string[]): GithubLocation {
  const [owner, repoSegment, ...rest] = segments;
  const repo = checkOwnerRepo(owner, repoSegment);
  if (rest.length < 2) refuse('a raw.githubusercontent.com URL must name a ref and a SKILL.md file');
  return { owner, repo, refAndPath: checkSkillFile(rest), pointsAtFile: true };
}

function checkOwnerRepo(owner: string | undefined, repo: string | undefined): string {
  if (!owner || !OWNER.test(owner)) refuse('the URL does not name a valid GitHub owner');
  if (!repo || !REPO.test(repo) || repo === '.' || repo === '..')
    refuse('the URL does not name a valid repository');
  return repo as string;
}

function checkSkillFile(segments: string[]): string[] {
  const file = segments[segments.length - 1];
  if (file.toLowerCase() !== 'skill.md') refuse(`a file URL must point at SKILL.md, not ${file}`);
  return segments;
}

function pathSegments(url: URL): string[] {
  const segments = url.pathname.split('/').filter((segment) => segment !== '');
  return segments.map((segment) => {
    let decoded: string;
    try {
      decoded = decodeURIComponent(segment);
    } catch {
      return refuse('the URL path is not valid percent-encoding');
    }
    // eslint-disable-next-line no-control-regex
    if (decoded === '.' || decoded === '..' || /[/\\\u0000-\u001f\u007f]/.test(decoded)) {
      refuse('the URL path holds a forbidden segment');
    }
    return decoded;
  });
}

function parseUrl(input: string): URL {
  try {
    return new URL(input);
  } catch {
    return refuse('it is not a URL');
  }
}

function refuse(why: string): never {
  throw new SourceError(400, `content: not an accepted GitHub URL (${why}); ${ACCEPTED}.`, FIELD);
}
