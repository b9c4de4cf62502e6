import type { BundleCollector, FileSink } from './bundle-collector.js';
import { normaliseEntryPath } from './bundle-path.js';
import { assertPlainEntry, kindFromTarType } from './entry-kind.js';
import type { BundleLimits } from './limits.js';
import type { TarEntryHeader } from './tar-reader.js';

/**
 * Validates a tar entry that belongs to the skill and starts keeping it when it is a regular file.
 * `name` is the entry's path as the caller sees it (e.g. with the GitHub top folder removed).
 */
export function admitTarEntry(
  entry: TarEntryHeader,
  name: string,
  collector: BundleCollector,
  limits: BundleLimits,
): FileSink | null {
  const { path, isDirectory } = normaliseEntryPath(name, limits.maxNestingDepth);
  const kind = kindFromTarType(entry.type);
  assertPlainEntry(path || name, kind);
  if (kind === 'directory' || isDirectory || path === '') return null;
  return collector.startFile(path, entry.size, entry.mode);
}
