import { blank } from './blank.js';

/** SQL scripts (PostgreSQL, MySQL, psql with its `\ir`/`\!` meta-commands). */
export const SQL_FILE = /\.(?:sql|psql|pgsql)$/i;

/**
 * The literal a pattern-match operator searches for (`LIKE '%visudo%'`, `~* '/etc/shadow'`,
 * `regexp_matches(cmd, '(/bin/sh|nc -e)')`): text looked for in data, not a command of the script.
 */
const SEARCH_LITERAL =
  /(\b(?:I?LIKE|SIMILAR\s{1,20}TO|regexp_\w{1,20}\s{0,20}\(\s{0,20}[^,()'\n]{1,80},|(?:REGEXP|RLIKE)\b)\s{0,20}|!?~~?\*?\s{0,20})'((?:[^'\n]|''){0,500})'/gi;

/**
 * SQL read as code: `--` comments (outside quotes) split off, and the literals that pattern-match
 * operators search for blanked; offsets and lines kept.
 */
export function splitSql(text: string): { code: string; comments: string } {
  const code: string[] = [];
  const comments: string[] = [];
  for (const line of text.split('\n')) {
    const at = commentStart(line);
    if (at === -1) {
      code.push(line);
      comments.push(blank(line));
    } else {
      code.push(line.slice(0, at) + blank(line.slice(at)));
      comments.push(blank(line.slice(0, at)) + line.slice(at));
    }
  }
  const searched = code
    .join('\n')
    .replace(SEARCH_LITERAL, (_, op: string, lit: string) => `${op}'${blank(lit)}'`);
  return { code: searched, comments: comments.join('\n') };
}

/** Offset of a `--` comment outside single-quoted strings, or -1. */
function commentStart(line: string): number {
  let quoted = false;
  for (let k = 0; k < line.length; k++) {
    const c = line.charCodeAt(k);
    if (c === 39) quoted = !quoted;
    else if (!quoted && c === 45 && line.charCodeAt(k + 1) === 45) return k;
  }
  return -1;
}
