import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

const KEY_PREFIX = 'sg_';

/** 32 random bytes, URL-safe; shown once, stored only as a hash. */
export function generateApiKey(): string {
  return KEY_PREFIX + randomBytes(32).toString('base64url');
}

/** Keys carry 256 bits of entropy, so a fast hash is enough; a slow KDF would only slow every request. */
export function hashApiKey(key: string): string {
  return createHash('sha256').update(key, 'utf8').digest('hex');
}

const requestKeyHashes = new WeakMap<object, string>();

/** The hash of a request's X-API-Key, computed once per request (the rate limit and the guard both need it). */
export function requestKeyHash(request: { header(name: string): string | undefined }): string | undefined {
  const known = requestKeyHashes.get(request);
  if (known !== undefined) return known;
  const key = request.header('x-api-key');
  if (!key) return undefined;
  const hash = hashApiKey(key);
  requestKeyHashes.set(request, hash);
  return hash;
}

export function sameHash(a: string, b: string): boolean {
  const left = Buffer.from(a, 'hex');
  const right = Buffer.from(b, 'hex');
  return left.length === right.length && timingSafeEqual(left, right);
}
