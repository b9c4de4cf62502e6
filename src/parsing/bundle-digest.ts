import { createHash } from 'node:crypto';
import type { BundleFile } from './skill-bundle.js';

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

const fileHashes = new WeakMap<Buffer, string>();

/** A file's SHA-256, computed once per content buffer: the scan's cache key and the stored file row both need it. */
export function fileSha256(content: Buffer): string {
  let hash = fileHashes.get(content);
  if (hash === undefined) {
    hash = sha256Hex(content);
    fileHashes.set(content, hash);
  }
  return hash;
}

/** SHA-256 over the sorted list of (path, file SHA-256): the identity of a skill's content. */
export function bundleDigest(files: BundleFile[]): string {
  return bundleDigestOfHashes(files.map((f) => ({ path: f.path, sha256: fileSha256(f.content) })));
}

/** The same digest from a lockfile-style list of file hashes, so clients can verify without the bytes. */
export function bundleDigestOfHashes(files: { path: string; sha256: string }[]): string {
  const lines = files
    .map((f) => `${f.sha256}  ${f.path}`)
    .sort()
    .join('\n');
  return sha256Hex(lines);
}
