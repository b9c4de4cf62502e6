import type { Lang } from '../rule.types.js';
import { blank } from './blank.js';

/** Per-character reads: see `charCodeAt` in literal-scanner.ts (a module's own constant is inlined). */
const charCodeAt = String.prototype.charCodeAt;

export interface SplitCode {
  /** Source with comments blanked (newlines kept, so offsets and lines still match). */
  code: string;
  /** Comments only, everything else blanked. */
  comments: string;
}

interface Syntax {
  line: string[];
  block?: [string, string];
  quotes: string[];
  triple: boolean;
}

/** Source languages read as `other` code whose comments are still told apart from the code. */
export type CommentSyntax = Lang | 'dart';

const SYNTAX: Partial<Record<CommentSyntax, Syntax>> = {
  shell: { line: ['#'], quotes: ['"', "'"], triple: false },
  python: { line: ['#'], quotes: ['"', "'"], triple: true },
  js: { line: ['//'], block: ['/*', '*/'], quotes: ['"', "'", '`'], triple: false },
  go: { line: ['//'], block: ['/*', '*/'], quotes: ['"', "'", '`'], triple: false },
  // Ruby backticks run a command: a `#{cmd}` inside one is interpolation, not a comment.
  ruby: { line: ['#'], quotes: ['"', "'", '`'], triple: false },
  yaml: { line: ['#'], quotes: ['"', "'"], triple: false },
  // Dart: `//` and `///` doc comments, `/* */`; `'''` and `"""` strings span lines.
  dart: { line: ['//'], block: ['/*', '*/'], quotes: ['"', "'"], triple: true },
};

/**
 * A small linear lexer: enough to tell comments from code and strings for shell, Python,
 * JS/TS and Dart, so a commented-out `curl | sh` is not read as a command. Strings stay in the code.
 */
export function splitComments(text: string, lang: CommentSyntax): SplitCode {
  const syntax = SYNTAX[lang];
  if (!syntax) return { code: text, comments: '' };
  const code: string[] = [];
  const comments: string[] = [];
  let i = 0;
  let from = 0;
  const flushCode = (to: number) => {
    code.push(text.slice(from, to));
    comments.push(blank(text.slice(from, to)));
  };
  const flushComment = (to: number) => {
    comments.push(text.slice(from, to));
    code.push(blank(text.slice(from, to)));
  };
  const special = /["'`#/]/g;
  while (i < text.length) {
    special.lastIndex = i;
    const next = special.exec(text);
    if (!next) break;
    i = next.index;
    const c = text[i];
    if (syntax.quotes.includes(c)) {
      i = skipString(
        text,
        i,
        syntax.triple &&
          text.charCodeAt(i + 1) === c.charCodeAt(0) &&
          text.charCodeAt(i + 2) === c.charCodeAt(0)
          ? c.repeat(3)
          : c,
      );
      continue;
    }
    const lineStart = syntax.line.find((m) => text.startsWith(m, i) && startsComment(text, i, lang));
    const blockStart = syntax.block && text.startsWith(syntax.block[0], i);
    if (lineStart || blockStart) {
      flushCode(i);
      from = i;
      const end = lineStart ? text.indexOf('\n', i) : text.indexOf(syntax.block![1], i + 2);
      i = end === -1 ? text.length : lineStart ? end : end + 2;
      flushComment(i);
      from = i;
      continue;
    }
    i++;
  }
  flushCode(text.length);
  return { code: code.join(''), comments: comments.join('') };
}

/** In shell `#` starts a comment only at a word start (`$#`, `${#x}`, `a#b` are not comments). */
function startsComment(text: string, i: number, lang: CommentSyntax): boolean {
  if (lang !== 'shell' && lang !== 'yaml') return true;
  if (i === 0) return true;
  const prev = text[i - 1];
  return prev === ' ' || prev === '\t' || prev === '\n' || prev === ';' || prev === '(';
}

/** Offset just past the string opened at `i` by `quote` (one quote character, or three of one). */
function skipString(text: string, i: number, quote: string): number {
  let k = i + quote.length;
  const q = quote.charCodeAt(0);
  const triple = quote.length === 3;
  const multiline = triple || quote === '`';
  while (k < text.length) {
    const c = charCodeAt.call(text, k);
    if (c === 92) {
      k += 2;
      continue;
    }
    if (c === 10 && !multiline) return k;
    if (c === q && (!triple || (charCodeAt.call(text, k + 1) === q && charCodeAt.call(text, k + 2) === q)))
      return k + quote.length;
    k++;
  }
  return k;
}
