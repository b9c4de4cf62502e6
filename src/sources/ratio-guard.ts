import { RATIO_CHECK_FLOOR_BYTES } from './limits.js';
import { SourceError } from './source-error.js';

/** Marks a decompression bomb from the bytes actually inflated versus the compressed bytes consumed. */
export class RatioGuard {
  private compressed = 0;
  private inflated = 0;

  constructor(private readonly maxRatio: number) {}

  addCompressed(bytes: number): void {
    this.compressed += bytes;
  }

  addInflated(bytes: number): void {
    this.inflated += bytes;
    if (this.inflated <= RATIO_CHECK_FLOOR_BYTES) return;
    const ratio = this.inflated / Math.max(this.compressed, 1);
    if (ratio > this.maxRatio) {
      throw new SourceError(
        413,
        `The archive expands more than ${this.maxRatio} times its compressed size ` +
          `(${Math.round(ratio)}x so far): refused as a decompression bomb.`,
      );
    }
  }
}
