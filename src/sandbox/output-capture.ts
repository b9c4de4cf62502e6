export const TRUNCATION_MARKER = '\n[output truncated]';

/** Collects a stream up to `limitBytes`; past that it keeps nothing and reports the overflow once. */
export class CappedOutput {
  private readonly chunks: Buffer[] = [];
  private size = 0;
  truncated = false;

  constructor(private readonly limitBytes: number) {}

  /** Returns false when this chunk crossed the limit (the caller should stop the run). */
  push(chunk: Buffer): boolean {
    if (this.truncated) return false;
    const room = this.limitBytes - this.size;
    if (chunk.length <= room) {
      this.chunks.push(chunk);
      this.size += chunk.length;
      return true;
    }
    this.chunks.push(chunk.subarray(0, room));
    this.size = this.limitBytes;
    this.truncated = true;
    return false;
  }

  text(): string {
    const body = Buffer.concat(this.chunks).toString('utf8');
    return this.truncated ? body + TRUNCATION_MARKER : body;
  }
}
