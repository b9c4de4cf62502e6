const SEMVER = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-[0-9A-Za-z.-]+)?(?:\+[0-9A-Za-z.-]+)?$/;

/** `metadata.version` when it is semver, otherwise one derived from the content. */
export function versionLabel(metadata: Record<string, string>, bundleSha256: string): string {
  const declared = metadata.version?.trim();
  if (declared && declared.length <= 64 && SEMVER.test(declared)) return declared.replace(/^v/, '');
  return `0.0.0-sha.${bundleSha256.slice(0, 12)}`;
}
