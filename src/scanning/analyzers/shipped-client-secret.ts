import type { RawHit } from '../rule.types.js';
import { clean } from './segment-lines.js';

/**
 * An OAuth client's secret written into a script that uses it in a client-credentials grant, while the
 * skill's documentation has the user's administrator register or authorise that client's id on their
 * platform. Every copy of the skill carries the secret: whoever holds it mints tokens with whatever
 * the admin granted the client (often a system-admin user who may act as anyone).
 */

const SCRIPT = /\.(?:py|js|mjs|cjs|ts|rb|php|go|sh|ps1)$/i;
const DOC = /\.(?:md|markdown|txt|rst|html?)$/i;
const MAX_FILE = 512 * 1024;
/** A client-credentials (2-legged) grant. */
const GRANT = /client_credentials/;
/** `APP_SECRET = "…"`, `clientSecret: '…'`, `$client_secret = "…"`. */
const SECRET_ASSIGN =
  /^[ \t]*(?:const\s+|let\s+|var\s+|\$)?([A-Za-z_]{0,30}(?:SECRET|Secret|secret)[A-Za-z_]{0,20})["']?[ \t]*[:=][ \t]*["']([A-Za-z0-9+/_~.-]{20,128})["']/gm;
/** The client's id or key beside it: `APP_KEY = "…"`, `CLIENT_ID = "…"`. */
const ID_ASSIGN =
  /^[ \t]*(?:const\s+|let\s+|var\s+|\$)?[A-Za-z_]{0,30}(?:KEY|Key|key|ID|Id|id)["']?[ \t]*[:=][ \t]*["']([A-Za-z0-9_.-]{12,128})["']/gm;
const PLACEHOLDER =
  /x{5,}|example|your[_-]?|changeme|placeholder|dummy|redacted|fake|sample|test|1234567|abcdef/i;

/** A value that looks generated: letters of both cases and digits, or a long hex / uuid. */
function generated(value: string): boolean {
  if (PLACEHOLDER.test(value)) return false;
  const classes = [/[a-z]/, /[A-Z]/, /\d/].filter((c) => c.test(value)).length;
  return classes === 3 || (/^[0-9a-f-]{20,}$/i.test(value) && /\d/.test(value) && /[a-f]/i.test(value));
}

function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i >= 0 && i < index; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

export function shippedClientSecrets(files: { path: string; text: string }[]): RawHit[] {
  const docs = files.filter((f) => DOC.test(f.path) && f.text.length <= MAX_FILE);
  if (docs.length === 0) return [];
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!SCRIPT.test(f.path) || f.text.length > MAX_FILE || !GRANT.test(f.text)) continue;
    const secret = [...f.text.matchAll(SECRET_ASSIGN)].find((m) => generated(m[2]));
    if (!secret) continue;
    const ids = [...f.text.matchAll(ID_ASSIGN)]
      .map((m) => m[1])
      .filter((v) => v !== secret[2] && generated(v));
    // The admin is told to register this very client: its id appears in the skill's documentation.
    if (!ids.some((id) => docs.some((d) => d.text.includes(id)))) continue;
    hits.push({
      file: f.path,
      line: lineAt(f.text, secret.index ?? 0),
      evidence: clean(secret[0]).replace(secret[2], `${secret[2].slice(0, 4)}…`),
    });
  }
  return hits;
}
