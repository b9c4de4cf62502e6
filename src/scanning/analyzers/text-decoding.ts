/**
 * A file's bytes as text, or null for a binary file. Windows tools write UTF-16 (regedit's `.reg`
 * export, `schtasks /query /xml`, PowerShell ISE's "Unicode", Notepad's "Unicode"); read as UTF-8
 * those are NUL-riddled and would be skipped as binary, so a payload could hide in them.
 */

/** The head that decides text or binary (the NUL test UTF-8 files have always had). */
const HEAD_BYTES = 8192;
/** A BOM-less file is read as UTF-16LE only from this many character pairs on (a few bytes prove nothing). */
const MIN_BOMLESS_UNITS = 8;
/** A BOM-less UTF-16LE head: this share of its units in U+0001..U+00FF (ASCII and Latin-1 text). */
const MIN_LATIN_SHARE = 0.9;

/** A high surrogate without its low half, or a low one without its high half. */
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** Stray NULs in UTF-8 text: at most one per this many bytes of the head. */
const MIN_TEXT_PER_NUL = 64;

/** Text of `content`, at most `maxChars` UTF-16 code units, BOM removed; null when binary. */
export function decodeFileText(content: Buffer, maxChars: number): string | null {
  // No NUL in the head: read as UTF-8 as always. UTF-16 text with any ASCII character in its head has
  // NULs, and a UTF-16 BOM before UTF-8 lines (which a shell still runs past) stays read as UTF-8.
  if (!content.subarray(0, HEAD_BYTES).includes(0)) {
    const text = content.toString('utf8', 0, maxChars);
    return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  }
  // UTF-32, which PowerShell also reads from its BOM.
  if (content.length >= 4 && (content.readUInt32LE(0) === 0xfeff || content.readUInt32BE(0) === 0xfeff))
    return utf32(content, content[0] === 0, maxChars);
  if (content[0] === 0xff && content[1] === 0xfe) return utf16(content, 2, false, maxChars);
  if (content[0] === 0xfe && content[1] === 0xff) return utf16(content, 2, true, maxChars);
  if (bomlessUtf16le(content)) return utf16(content, 0, false, maxChars);
  // A few NULs stuffed into a script (bash drops them and runs the rest): the text without them.
  return strayNuls(content) ? content.toString('utf8', 0, maxChars).replace(/\0+/g, '') : null;
}

/**
 * UTF-8 text with a few NUL bytes: valid UTF-8 with no control byte but whitespace and ESC, and NULs
 * rare. An executable, an archive or an image breaks UTF-8 or holds control bytes in its head.
 */
function strayNuls(content: Buffer): boolean {
  const head = content.subarray(0, HEAD_BYTES);
  let nuls = 0;
  for (const b of head) {
    if (b === 0) nuls++;
    else if (b < 0x20 && !(b >= 0x09 && b <= 0x0d) && b !== 0x1b) return false;
  }
  if (nuls > Math.max(1, head.length / MIN_TEXT_PER_NUL)) return false;
  // The head read up to its last ASCII byte: a character cut at its end is no sign of binary.
  let end = head.length;
  if (end === HEAD_BYTES) while (end > 0 && head[end - 1] >= 0x80) end--;
  return !head.toString('utf8', 0, end).includes('\uFFFD');
}

function utf16(content: Buffer, start: number, bigEndian: boolean, maxChars: number): string | null {
  // Whole code units only (an odd trailing byte is dropped); the bound is in characters like UTF-8's.
  let length = Math.min(content.length - start, maxChars * 2);
  length -= length % 2;
  let bytes = content.subarray(start, start + length);
  if (bigEndian) bytes = Buffer.from(bytes).swap16();
  const text = bytes.toString('utf16le');
  // The head ends before a pair its cut would split.
  const cut = HEAD_BYTES / 2 - (/[\uD800-\uDBFF]/.test(text.charAt(HEAD_BYTES / 2 - 1)) ? 1 : 0);
  return looksLikeText(text.slice(0, cut)) ? text : null;
}

function utf32(content: Buffer, bigEndian: boolean, maxChars: number): string | null {
  const count = Math.min((content.length - 4) >> 2, maxChars);
  const parts: string[] = [];
  let units: number[] = [];
  for (let i = 0; i < count; i++) {
    let cp = bigEndian ? content.readUInt32BE(4 + 4 * i) : content.readUInt32LE(4 + 4 * i);
    if (cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) || (cp === 0 && i < HEAD_BYTES / 4)) {
      // Binary after a BOM shows in the head; a bad character further on is only replaced.
      if (i < HEAD_BYTES / 4) return null;
      cp = 0xfffd;
    }
    if (cp >= 0x10000) units.push(0xd7c0 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    else units.push(cp);
    if (units.length >= 4096) {
      parts.push(String.fromCharCode(...units));
      units = [];
    }
  }
  parts.push(String.fromCharCode(...units));
  return parts.join('').slice(0, maxChars);
}

/**
 * A head with no NUL character and no lone surrogate: a BOM followed by binary bytes decodes to
 * lone surrogates within a few hundred units (about one unit in 64 is a high surrogate), text never does.
 */
function looksLikeText(head: string): boolean {
  return !head.includes('\0') && !LONE_SURROGATE.test(head);
}

/**
 * UTF-16LE without a BOM, seen as ASCII-range text: nearly every high byte zero, no NUL unit, no
 * control character other than whitespace. A binary's zero runs (an executable's header, an image's
 * chunk lengths) give NUL units or control bytes first.
 */
function bomlessUtf16le(content: Buffer): boolean {
  const units = Math.min(content.length, HEAD_BYTES) >> 1;
  if (units < MIN_BOMLESS_UNITS) return false;
  let latin = 0;
  for (let i = 0; i < units; i++) {
    const lo = content[2 * i];
    const hi = content[2 * i + 1];
    if (hi !== 0) continue;
    if (lo === 0 || (lo < 0x20 && !(lo >= 0x09 && lo <= 0x0d))) return false;
    latin++;
  }
  return latin >= units * MIN_LATIN_SHARE;
}
