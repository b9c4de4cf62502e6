/** Caps applied while a skill is read from an upload or a download; crossing one stops reading at once. */
export interface BundleLimits {
  /** Regular files kept in the bundle. */
  maxFiles: number;
  /** Uncompressed size of one file. */
  maxFileBytes: number;
  /** Uncompressed size of all kept files together. */
  maxTotalBytes: number;
  /** Inflated / compressed bytes; checked once more than `RATIO_CHECK_FLOOR_BYTES` have been inflated. */
  maxCompressionRatio: number;
  /** Size of the archive itself: an upload, or a GitHub tarball while it downloads. */
  maxArchiveBytes: number;
  /** Folders in a file path (`a/b/c.txt` has depth 2). */
  maxNestingDepth: number;
}

const MIB = 1024 * 1024;

export const DEFAULT_BUNDLE_LIMITS: Readonly<BundleLimits> = Object.freeze({
  maxFiles: 256,
  maxFileBytes: MIB,
  maxTotalBytes: 8 * MIB,
  maxCompressionRatio: 100,
  maxArchiveBytes: 16 * MIB,
  maxNestingDepth: 16,
});

/**
 * Small inputs compress very well for harmless reasons (tar padding, repeated text), so the ratio
 * only marks a bomb once this much has been inflated.
 */
export const RATIO_CHECK_FLOOR_BYTES = MIB;

/** Archive entries of any kind (folders included) read before giving up: bounds the work on a flood. */
export function maxArchiveEntries(limits: BundleLimits): number {
  return limits.maxFiles * 4 + 64;
}
