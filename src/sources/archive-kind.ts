/** What a buffer holds, told by its first bytes (never by the file name alone). */
export type ContentKind = 'zip' | 'gzip' | 'tar' | 'text' | 'unknown' | UnsupportedArchiveKind;
export type UnsupportedArchiveKind = 'bzip2' | 'xz' | 'zstd' | '7z' | 'rar' | 'lzip' | 'compress' | 'cab';

const SIGNATURES: ReadonlyArray<{ kind: Exclude<ContentKind, 'tar' | 'text' | 'unknown'>; bytes: number[] }> =
  [
    { kind: 'zip', bytes: [0x50, 0x4b, 0x03, 0x04] },
    { kind: 'zip', bytes: [0x50, 0x4b, 0x05, 0x06] },
    { kind: 'zip', bytes: [0x50, 0x4b, 0x07, 0x08] },
    { kind: 'gzip', bytes: [0x1f, 0x8b] },
    { kind: 'bzip2', bytes: [0x42, 0x5a, 0x68] },
    { kind: 'xz', bytes: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00] },
    { kind: 'zstd', bytes: [0x28, 0xb5, 0x2f, 0xfd] },
    { kind: '7z', bytes: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c] },
    { kind: 'rar', bytes: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07] },
    { kind: 'lzip', bytes: [0x4c, 0x5a, 0x49, 0x50] },
    { kind: 'compress', bytes: [0x1f, 0x9d] },
    { kind: 'cab', bytes: [0x4d, 0x53, 0x43, 0x46] },
  ];

const TAR_MAGIC_OFFSET = 257;
const TEXT_SNIFF_BYTES = 64 * 1024;

export function detectContentKind(data: Buffer): ContentKind {
  const signature = SIGNATURES.find(({ bytes }) => bytes.every((byte, i) => data[i] === byte));
  if (signature) return signature.kind;
  if (data.subarray(TAR_MAGIC_OFFSET, TAR_MAGIC_OFFSET + 5).toString('latin1') === 'ustar') return 'tar';
  return looksLikeText(data) ? 'text' : 'unknown';
}

export function isArchiveKind(kind: ContentKind): boolean {
  return kind !== 'text' && kind !== 'unknown';
}

function looksLikeText(data: Buffer): boolean {
  const head = data.subarray(0, TEXT_SNIFF_BYTES);
  if (head.includes(0)) return false;
  try {
    // A cut in the middle of a multi-byte character at the sniff boundary is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: data.length > TEXT_SNIFF_BYTES });
    return true;
  } catch {
    return false;
  }
}
