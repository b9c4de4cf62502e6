import type { BundleFile } from '../parsing/skill-bundle.js';
import type { BundleLimits } from './limits.js';
import { SourceError } from './source-error.js';

const MIB = 1024 * 1024;

export function formatBytes(bytes: number): string {
  return bytes >= MIB ? `${+(bytes / MIB).toFixed(2)} MiB` : `${bytes} bytes`;
}

/** One file being read: counts bytes as they arrive, so a lying size header cannot inflate memory. */
export class FileSink {
  private readonly chunks: Buffer[] = [];
  private bytes = 0;

  constructor(
    private readonly collector: BundleCollector,
    readonly path: string,
    private readonly mode: number | undefined,
  ) {}

  push(chunk: Buffer): void {
    this.bytes += chunk.length;
    this.collector.countBytes(this.path, this.bytes, chunk.length);
    this.chunks.push(chunk);
  }

  finish(): void {
    this.collector.keep({
      path: this.path,
      content: Buffer.concat(this.chunks, this.bytes),
      mode: this.mode,
    });
    this.chunks.length = 0;
  }
}

/** Keeps the files of an archive in memory, refusing the archive as soon as a limit is crossed. */
export class BundleCollector {
  readonly files: BundleFile[] = [];
  private readonly paths = new Set<string>();
  private readonly folders = new Set<string>();
  private totalBytes = 0;

  constructor(private readonly limits: BundleLimits) {}

  /** Starts a regular file; `declaredSize` (from the archive header) is checked before any byte is read. */
  startFile(path: string, declaredSize: number | undefined, mode?: number): FileSink {
    if (this.paths.has(path) || this.folders.has(path)) {
      throw new SourceError(422, `The archive holds "${path}" twice; refusing an ambiguous archive.`);
    }
    if (this.paths.size >= this.limits.maxFiles) {
      throw new SourceError(413, `The archive holds more than ${this.limits.maxFiles} files.`);
    }
    if (declaredSize !== undefined) this.checkFileSize(path, declaredSize);
    if (declaredSize !== undefined) this.checkTotal(this.totalBytes + declaredSize);
    this.claimPath(path);
    return new FileSink(this, path, mode === undefined ? undefined : mode & 0o777);
  }

  countBytes(path: string, fileBytes: number, newBytes: number): void {
    this.checkFileSize(path, fileBytes);
    this.totalBytes += newBytes;
    this.checkTotal(this.totalBytes);
  }

  keep(file: BundleFile): void {
    this.files.push(file);
  }

  private claimPath(path: string): void {
    const segments = path.split('/');
    for (let i = 1; i < segments.length; i++) {
      const folder = segments.slice(0, i).join('/');
      if (this.paths.has(folder)) {
        throw new SourceError(422, `The archive holds "${folder}" both as a file and as a folder.`);
      }
      this.folders.add(folder);
    }
    this.paths.add(path);
  }

  private checkFileSize(path: string, bytes: number): void {
    if (bytes > this.limits.maxFileBytes) {
      throw new SourceError(
        413,
        `"${path}" is larger than the ${formatBytes(this.limits.maxFileBytes)} allowed for one file.`,
      );
    }
  }

  private checkTotal(bytes: number): void {
    if (bytes > this.limits.maxTotalBytes) {
      throw new SourceError(
        413,
        `The skill's files add up to more than ${formatBytes(this.limits.maxTotalBytes)} uncompressed.`,
      );
    }
  }
}
