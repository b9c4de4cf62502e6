import { createHash } from 'node:crypto';
import type { BundleFile } from './skill-bundle.js';

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 over the sorted list of (path, file SHA-256): the identity of a skill's content. */
export function bundleDigest(files: BundleFile[]): string {
  return bundleDigestOfHashes(files.map((f) => ({ path: f.path, sha256: sha256Hex(f.content) })));
}

/** The same digest from a lockfile-style list of file hashes, so clients can verify without the bytes. */
export function bundleDigestOfHashes(files: { path: string; sha256: string }[]): string {
  const lines = files
    .map((f) => `${f.sha256}  ${f.path}`)
    .sort()
    .join('\n');
  return sha256Hex(lines);
}
