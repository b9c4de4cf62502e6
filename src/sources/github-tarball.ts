import type { BundleFile } from '../parsing/skill-bundle.js';
import { detectContentKind } from './archive-kind.js';
import { BundleCollector } from './bundle-collector.js';
import type { BundleLimits } from './limits.js';
import { SourceError } from './source-error.js';
import { admitTarEntry } from './tar-entry-admission.js';
import { type TarEntryHeader, readTarArchive } from './tar-reader.js';

/** Bounds the work on a repository tarball made of a flood of tiny entries. */
const MAX_REPOSITORY_ENTRIES = 100_000;

/**
 * GitHub tarballs hold the repository under one top-level `{repo}-{sha}/` folder. Only the skill
 * folder is kept and checked against the limits; the rest of the repository is skipped unread.
 */
export async function listRepositoryFiles(tarball: Buffer, limits: BundleLimits): Promise<string[]> {
  const paths: string[] = [];
  await readTarArchive(tarball, {
    gzip: isGzip(tarball),
    maxCompressionRatio: limits.maxCompressionRatio,
    maxEntries: MAX_REPOSITORY_ENTRIES,
    visit: (entry) => {
      const path = repositoryPath(entry);
      if (path !== '' && entry.type !== 'Directory') paths.push(path);
      return null;
    },
  });
  return paths;
}

export async function extractRepositoryFolder(
  tarball: Buffer,
  folder: string,
  limits: BundleLimits,
): Promise<BundleFile[]> {
  const collector = new BundleCollector(limits);
  await readTarArchive(tarball, {
    gzip: isGzip(tarball),
    maxCompressionRatio: limits.maxCompressionRatio,
    maxEntries: MAX_REPOSITORY_ENTRIES,
    visit: (entry) => {
      const path = repositoryPath(entry).replace(/\/+$/, '');
      if (path === folder || !(folder === '' || path.startsWith(`${folder}/`))) return null;
      const inside = folder === '' ? path : path.slice(folder.length + 1);
      return admitTarEntry(entry, inside, collector, limits);
    },
  });
  return collector.files;
}

/** The entry's path inside the repository: the top-level folder removed, '' for the folder itself. */
function repositoryPath(entry: TarEntryHeader): string {
  const slash = entry.rawPath.indexOf('/');
  return slash === -1 ? '' : entry.rawPath.slice(slash + 1);
}

function isGzip(tarball: Buffer): boolean {
  const kind = detectContentKind(tarball);
  if (kind !== 'gzip' && kind !== 'tar')
    throw new SourceError(502, 'GitHub sent a download that is not a tarball.');
  return kind === 'gzip';
}
