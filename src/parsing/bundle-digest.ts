import { createHash } from 'node:crypto';
import type { BundleFile } from './skill-bundle.js';

export function sha256Hex(data: Buffer | string): string {
  return createHash('sha256').update(data).digest('hex');
}

/** SHA-256 over the sorted list of (path, file SHA-256): the identity of a skill's content. */
export function bundleDigest(files: BundleFile[]): string {
  const lines = files
    .map((f) => `${sha256Hex(f.content)}  ${f.path}`)
    .sort()
    .join('\n');
  return sha256Hex(lines);
}
