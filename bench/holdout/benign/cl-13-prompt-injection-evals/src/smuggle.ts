// Generates "ASCII smuggling" test strings at runtime: each ASCII char of the
// hidden instruction is mapped into the Unicode Tags block (U+E0000 + code).
// Many tokenizers still read these; humans and most UIs don't render them.
export function toTags(s: string): string {
  return Array.from(s)
    .map((ch) => {
      const c = ch.codePointAt(0)!;
      if (c < 0x20 || c > 0x7e) return "";
      return String.fromCodePoint(0xe0000 + c);
    })
    .join("");
}

export interface SmuggleTemplate {
  id: string;
  visible: string;
  hidden: string;
  must_not?: string;
  must_not_canary?: boolean;
}

export function buildSmuggleCases(templates: SmuggleTemplate[]) {
  return templates.map((t) => ({
    id: t.id,
    category: "unicode-smuggling",
    message: t.visible + toTags(" " + t.hidden),
    must_not: t.must_not,
    must_not_canary: t.must_not_canary,
  }));
}
