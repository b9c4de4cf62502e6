import type { Segment } from '../rule.types.js';
import type { TextFile } from './skill-segments.js';
import { lineIndexOf, lineStarts, newSegment } from './segment-lines.js';

const NIX_FILE = /\.nix$/i;
/**
 * An indented string (`''…''`) that Nix runs as a shell script: a derivation's or dev shell's hook or
 * phase (`shellHook`, `buildPhase`, `postInstall`, `script`), or the body passed to a script writer
 * (`writeShellScript "name" ''…''`, `writeShellScriptBin`, `runCommand "name" {} ''…''`).
 */
const SHELL_STRING_START =
  /\b(?:shellHook|(?:pre|post)?\w{0,20}Phase|(?:pre|post)[A-Z]\w{0,30}|script)\s*=\s*''|\b(?:writeShellScript(?:Bin)?|writeScript(?:Bin)?|writeShellApplication|runCommand(?:Local|CC)?)\b[^;'\n]{0,200}''/g;
const MAX_BODY = 64 * 1024;
const MAX_STRINGS = 64;
/** `${pkgs.curl}/bin/curl` or `${lib.getExe pkgs.curl}`: the tool's name is what runs. */
const STORE_TOOL = /\$\{[\w. -]{1,80}\}\/s?bin\//g;

/**
 * Shell code a Nix file embeds (dev shell hooks, build phases, written scripts), one shell segment per
 * string, so the shell rules read it as they read a Makefile's recipes. Nix's indented-string escapes
 * (`''$`, `'''`) are undone; lines stay in place.
 */
export function nixShellSegments(files: TextFile[]): Segment[] {
  const out: Segment[] = [];
  for (const file of files) {
    if (!NIX_FILE.test(file.path) || !file.text.includes("''")) continue;
    const text = file.text;
    let n = 0;
    SHELL_STRING_START.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = SHELL_STRING_START.exec(text)) !== null && n < MAX_STRINGS) {
      const start = m.index + m[0].length;
      const end = closingQuote(text, start);
      if (end === -1) break;
      SHELL_STRING_START.lastIndex = end + 2;
      const body = unescape(text.slice(start, Math.min(end, start + MAX_BODY))).replace(STORE_TOOL, '');
      if (!body.trim()) continue;
      out.push(
        newSegment({
          file: file.path,
          kind: 'code',
          lang: 'shell',
          text: body,
          line: lineIndexOf(lineStarts(text), start) + 1,
          block: `${file.path}#nix${n++}`,
          depth: 0,
        }),
      );
    }
  }
  return out;
}

/** The `''` that ends an indented string: not `'''` (an escaped `''`) nor `''$` / `''\` (escapes). */
function closingQuote(text: string, from: number): number {
  let at = text.indexOf("''", from);
  while (at !== -1) {
    const next = text[at + 2];
    if (next === "'" || next === '$' || next === '\\') at = text.indexOf("''", at + 3);
    else return at;
  }
  return -1;
}

function unescape(body: string): string {
  return body
    .replace(/'''/g, "''")
    .replace(/''\$/g, '$')
    .replace(/''\\(.)/g, '$1');
}
