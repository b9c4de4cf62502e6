/** Invisible characters that can carry or disguise instructions for a model. */
export const TAG_CHARS = /[\u{E0000}-\u{E007F}]/u;
export const TAG_RUN = /[\u{E0000}-\u{E007F}]{4,}/gu;
export const BIDI = /[\u202A-\u202E\u2066-\u2069]/g;
/** Zero-width and invisible formatting characters, excluding ZWJ (emoji sequences). */
export const ZERO_WIDTH = /[\u200B\u200C\u200E\u200F\u2060-\u2064\u180E\u00AD\uFEFF]/g;

/** Unicode tag characters mirror ASCII (U+E0041 = 'A'): smuggled text becomes readable. */
export function decodeTagChars(text: string): string {
  let out = '';
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    if (cp >= 0xe0020 && cp <= 0xe007e) out += String.fromCharCode(cp - 0xe0000);
  }
  return out;
}
