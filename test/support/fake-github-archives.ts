/**
 * Archive builders for tests: real tarballs made with `tar` from files on disk, and hand-made tar and
 * zip bytes for hostile cases (traversal, links, devices, lying sizes, encryption flags) that
 * well-behaved archivers refuse to produce.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { crc32, deflateRawSync, gzipSync } from 'node:zlib';
import { type HeaderData, Header, create as createTar } from 'tar';

export type FixtureFiles = Record<string, string | Buffer>;

/** A gzipped tarball built by node-tar from `files` written under `topFolder` (GitHub's layout). */
export async function tarballFromFiles(files: FixtureFiles, topFolder?: string): Promise<Buffer> {
  const workDir = await mkdtemp(join(tmpdir(), 'skillgate-fixture-'));
  try {
    const root = join(workDir, 'root');
    const base = topFolder ? join(root, topFolder) : root;
    await mkdir(base, { recursive: true });
    for (const [path, content] of Object.entries(files)) {
      await mkdir(dirname(join(base, path)), { recursive: true });
      await writeFile(join(base, path), content);
    }
    const file = join(workDir, 'archive.tar.gz');
    const entries = topFolder ? [topFolder] : Object.keys(files);
    await createTar({ gzip: true, cwd: root, file, portable: true }, entries);
    return await readFile(file);
  } finally {
    await rm(workDir, { recursive: true, force: true });
  }
}

export interface TarEntrySpec extends HeaderData {
  path: string;
  body?: Buffer | string;
}

/** Raw tar bytes (uncompressed), one header per spec; `size` may lie about the body. */
export function buildTar(entries: TarEntrySpec[], { end = true } = {}): Buffer {
  const blocks: Buffer[] = [];
  for (const { body, ...data } of entries) {
    const content = typeof body === 'string' ? Buffer.from(body) : (body ?? Buffer.alloc(0));
    const header = new Header({
      mode: 0o644,
      mtime: new Date(0),
      type: 'File',
      size: content.length,
      ...data,
    });
    const block = Buffer.alloc(512);
    header.encode(block, 0);
    blocks.push(block, content, Buffer.alloc((512 - (content.length % 512)) % 512));
  }
  if (end) blocks.push(Buffer.alloc(1024));
  return Buffer.concat(blocks);
}

export function buildTarGz(entries: TarEntrySpec[]): Buffer {
  return gzipSync(buildTar(entries));
}

export interface ZipEntrySpec {
  name: string;
  data?: Buffer | string;
  deflate?: boolean;
  /** General-purpose flag bits (bit 0 = encrypted). */
  flags?: number;
  /** Unix mode written in the external attributes (e.g. 0o120777 for a symlink). */
  unixMode?: number;
  /** Uncompressed size to declare instead of the real one; above 4 GiB a zip64 extra field is written. */
  declaredSize?: number;
}

/** A minimal zip writer giving full control over names, flags, modes and declared sizes. */
export function buildZip(entries: ZipEntrySpec[]): Buffer {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? Buffer.from(entry.data) : (entry.data ?? Buffer.alloc(0));
    const compressed = entry.deflate ? deflateRawSync(data) : data;
    // Traditional PKWARE encryption prefixes the data with a 12-byte header.
    const stored = (entry.flags ?? 0) & 1 ? Buffer.concat([randomBytes(12), compressed]) : compressed;
    const name = Buffer.from(entry.name, 'utf8');
    const size = entry.declaredSize ?? data.length;
    const zip64 = size > 0xfffffffe;
    const extra = zip64 ? zip64Extra(size, stored.length) : Buffer.alloc(0);
    const fields = {
      flags: (entry.flags ?? 0) | 0x0800,
      method: entry.deflate ? 8 : 0,
      crc: crc32(data),
      compressed: zip64 ? 0xffffffff : stored.length,
      uncompressed: zip64 ? 0xffffffff : size,
    };
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(zip64 ? 45 : 20, 4);
    local.writeUInt16LE(fields.flags, 6);
    local.writeUInt16LE(fields.method, 8);
    local.writeUInt32LE(fields.crc, 14);
    local.writeUInt32LE(fields.compressed, 18);
    local.writeUInt32LE(fields.uncompressed, 22);
    local.writeUInt16LE(name.length, 26);
    local.writeUInt16LE(extra.length, 28);
    locals.push(local, name, extra, stored);

    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE((3 << 8) | 45, 4);
    central.writeUInt16LE(zip64 ? 45 : 20, 6);
    central.writeUInt16LE(fields.flags, 8);
    central.writeUInt16LE(fields.method, 10);
    central.writeUInt32LE(fields.crc, 16);
    central.writeUInt32LE(fields.compressed, 20);
    central.writeUInt32LE(fields.uncompressed, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt16LE(extra.length, 30);
    central.writeUInt32LE(((entry.unixMode ?? 0o100644) << 16) >>> 0, 38);
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name, extra);
    offset += local.length + name.length + extra.length + stored.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, directory, end]);
}

function zip64Extra(uncompressed: number, compressed: number): Buffer {
  const extra = Buffer.alloc(20);
  extra.writeUInt16LE(0x0001, 0);
  extra.writeUInt16LE(16, 2);
  extra.writeBigUInt64LE(BigInt(uncompressed), 4);
  extra.writeBigUInt64LE(BigInt(compressed), 12);
  return extra;
}
