import type { Readable } from 'node:stream';
import yauzl, { type Entry, type ZipFile } from 'yauzl';
import { encryptedEntryMessage } from './archive-notes.js';
import type { BundleCollector } from './bundle-collector.js';
import { normaliseEntryPath } from './bundle-path.js';
import { type EntryKind, assertPlainEntry, kindFromUnixMode } from './entry-kind.js';
import { type BundleLimits, maxArchiveEntries } from './limits.js';
import { RatioGuard } from './ratio-guard.js';
import { SourceError, isSourceError } from './source-error.js';

const FLAG_ENCRYPTED = 0x0001;
const FLAG_STRONG_ENCRYPTION = 0x0040;
const MADE_BY_UNIX = 3;
const MSDOS_DIRECTORY = 0x10;
const STORED = 0;
const DEFLATED = 8;

/** Reads every entry of a zip held in memory into `collector`, refusing at the first unsafe entry. */
export async function readZipArchive(
  data: Buffer,
  limits: BundleLimits,
  collector: BundleCollector,
): Promise<void> {
  const zip = await openZip(data);
  zip.on('error', () => undefined); // errors reach the pending nextEntry(); this only keeps a late one from crashing
  try {
    if (zip.entryCount > maxArchiveEntries(limits)) {
      throw new SourceError(
        413,
        `The archive holds ${zip.entryCount} entries; at most ${limits.maxFiles} files are allowed.`,
      );
    }
    const guard = new RatioGuard(limits.maxCompressionRatio);
    for (let entry = await nextEntry(zip); entry; entry = await nextEntry(zip)) {
      await readEntry(zip, entry, limits, collector, guard);
    }
  } catch (error) {
    throw isSourceError(error) ? error : damaged(error);
  } finally {
    zip.close();
  }
}

async function readEntry(
  zip: ZipFile,
  entry: Entry,
  limits: BundleLimits,
  collector: BundleCollector,
  guard: RatioGuard,
): Promise<void> {
  const rawName = yauzl.getFileNameLowLevel(
    entry.generalPurposeBitFlag,
    entry.fileNameRaw,
    entry.extraFields,
    true,
  );
  if (entry.generalPurposeBitFlag & (FLAG_ENCRYPTED | FLAG_STRONG_ENCRYPTION)) {
    throw new SourceError(422, encryptedEntryMessage(rawName));
  }
  const { path, isDirectory } = normaliseEntryPath(rawName, limits.maxNestingDepth);
  const kind = entryKind(entry, isDirectory);
  assertPlainEntry(path, kind);
  if (kind === 'directory') return;
  if (entry.compressionMethod !== STORED && entry.compressionMethod !== DEFLATED) {
    throw new SourceError(
      415,
      `"${path}" uses zip compression method ${entry.compressionMethod}; only store and deflate are supported.`,
    );
  }
  const sink = collector.startFile(path, entry.uncompressedSize, unixMode(entry));
  guard.addCompressed(entry.compressedSize);
  const stream: Readable = await zip.openReadStreamPromise(entry);
  try {
    for await (const chunk of stream as AsyncIterable<Buffer>) {
      guard.addInflated(chunk.length);
      sink.push(chunk);
    }
  } finally {
    stream.destroy();
  }
  sink.finish();
}

function entryKind(entry: Entry, nameIsFolder: boolean): EntryKind {
  const mode = unixMode(entry);
  const fromMode = mode === undefined ? undefined : kindFromUnixMode(mode);
  if (fromMode && fromMode !== 'file' && fromMode !== 'directory') return fromMode;
  if (nameIsFolder || fromMode === 'directory') return 'directory';
  return (entry.externalFileAttributes & MSDOS_DIRECTORY) !== 0 && entry.uncompressedSize === 0
    ? 'directory'
    : 'file';
}

function unixMode(entry: Entry): number | undefined {
  if (entry.versionMadeBy >> 8 !== MADE_BY_UNIX) return undefined;
  const mode = entry.externalFileAttributes >>> 16;
  return mode === 0 ? undefined : mode;
}

async function openZip(data: Buffer): Promise<ZipFile> {
  try {
    return await yauzl.fromBufferPromise(data, {
      lazyEntries: true,
      autoClose: false,
      decodeStrings: false,
      validateEntrySizes: true,
      strictFileNames: true,
    });
  } catch (error) {
    throw damaged(error);
  }
}

function nextEntry(zip: ZipFile): Promise<Entry | null> {
  return new Promise((resolve, reject) => {
    const cleanup = (): void => {
      zip.off('entry', onEntry);
      zip.off('end', onEnd);
      zip.off('error', onError);
    };
    const onEntry = (entry: Entry): void => {
      cleanup();
      resolve(entry);
    };
    const onEnd = (): void => {
      cleanup();
      resolve(null);
    };
    const onError = (error: Error): void => {
      cleanup();
      reject(error);
    };
    zip.on('entry', onEntry);
    zip.on('end', onEnd);
    zip.on('error', onError);
    zip.readEntry();
  });
}

function damaged(error: unknown): SourceError {
  const detail = error instanceof Error ? error.message : String(error);
  return new SourceError(422, `The zip archive is damaged or unreadable (${detail}).`);
}
