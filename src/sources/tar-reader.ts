import { Readable } from 'node:stream';
import { createGunzip } from 'node:zlib';
import { Parser, type ReadEntry } from 'tar';
import type { FileSink } from './bundle-collector.js';
import { RatioGuard } from './ratio-guard.js';
import { SourceError, isSourceError } from './source-error.js';

/** Small chunks keep each inflate step small: one 16 KiB deflate chunk can expand to ~16 MiB. */
const INPUT_CHUNK_BYTES = 16 * 1024;

export interface TarEntryHeader {
  /** The name as written in the archive (after pax/long-name headers), not yet validated. */
  rawPath: string;
  type: ReadEntry['type'];
  /** Declared size; the bytes really read are counted separately. */
  size: number;
  mode?: number;
}

/** Decides per entry: a sink that keeps the file, or null to skip the entry unread. May throw to refuse. */
export type TarEntryVisitor = (entry: TarEntryHeader) => FileSink | null;

export interface TarReadOptions {
  gzip: boolean;
  maxCompressionRatio: number;
  /** Entries of any type read before refusing. */
  maxEntries?: number;
  visit: TarEntryVisitor;
}

/**
 * Streams a (gzipped) tar archive through node-tar's parser, handing each entry to `visit`.
 * The first refusal stops reading: no more input is inflated after it.
 */
export async function readTarArchive(data: Buffer, options: TarReadOptions): Promise<void> {
  const parser = new Parser({
    strict: true,
    brotli: false,
    maxDecompressionRatio: options.maxCompressionRatio,
  });
  let failure: unknown;
  const fail = (error: unknown): void => {
    failure ??= error;
  };
  let entries = 0;

  parser.on('entry', (entry: ReadEntry) => {
    entries += 1;
    const sink = failure ? null : guarded(fail, () => admit(entry, entries, options));
    if (!sink) {
      entry.resume();
      return;
    }
    entry.on('data', (chunk: Buffer) => {
      if (!failure) guarded(fail, () => sink.push(chunk));
    });
    entry.on('end', () => {
      if (!failure) sink.finish();
    });
  });
  parser.on('ignoredEntry', () => {
    entries += 1;
    if (options.maxEntries !== undefined && entries > options.maxEntries) fail(tooManyEntries(options));
  });
  // node-tar buffers whatever follows the end-of-archive marker: stop feeding it there.
  let sawEndOfArchive = false;
  parser.on('eof', () => {
    sawEndOfArchive = true;
  });
  parser.on('error', (error: Error) => fail(damaged(error)));
  parser.on('warn', (_code: string, message: string) => fail(damaged(new Error(message))));
  const finished = new Promise<void>((resolve) => {
    for (const event of ['end', 'abort', 'error']) parser.once(event, () => resolve());
  });

  try {
    for await (const chunk of tarBytes(data, options)) {
      parser.write(chunk);
      if (failure || sawEndOfArchive) break;
    }
  } catch (error) {
    fail(isSourceError(error) ? error : damaged(error));
  }
  if (!failure) {
    parser.end();
    await finished;
  }
  if (failure) throw failure;
}

function admit(entry: ReadEntry, entries: number, options: TarReadOptions): FileSink | null {
  if (options.maxEntries !== undefined && entries > options.maxEntries) throw tooManyEntries(options);
  return options.visit({ rawPath: entry.path, type: entry.type, size: entry.size ?? 0, mode: entry.mode });
}

function guarded<T>(fail: (error: unknown) => void, action: () => T): T | null {
  try {
    return action();
  } catch (error) {
    fail(error);
    return null;
  }
}

async function* tarBytes(data: Buffer, options: TarReadOptions): AsyncGenerator<Buffer> {
  if (!options.gzip) {
    yield* chunksOf(data);
    return;
  }
  const guard = new RatioGuard(options.maxCompressionRatio);
  const source = Readable.from(chunksOf(data));
  const gunzip = createGunzip({ chunkSize: INPUT_CHUNK_BYTES });
  source.on('data', (chunk: Buffer) => guard.addCompressed(chunk.length));
  source.pipe(gunzip);
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      guard.addInflated(chunk.length);
      yield chunk;
    }
  } catch (error) {
    if (isSourceError(error)) throw error;
    throw new SourceError(422, `The gzip data is damaged: ${(error as Error).message}.`);
  } finally {
    source.destroy();
    gunzip.destroy();
  }
}

function* chunksOf(data: Buffer): Generator<Buffer> {
  for (let offset = 0; offset < data.length; offset += INPUT_CHUNK_BYTES) {
    yield data.subarray(offset, offset + INPUT_CHUNK_BYTES);
  }
}

function damaged(error: unknown): SourceError {
  const detail = error instanceof Error ? error.message : String(error);
  return new SourceError(422, `The tar archive is damaged or not a tar archive (${detail}).`);
}

function tooManyEntries(options: TarReadOptions): SourceError {
  return new SourceError(413, `The archive holds more than ${options.maxEntries} entries.`);
}
