import type { RawHit } from '../rule.types.js';
import { clean } from './segment-lines.js';
import { isLocalHost, registrable } from '../rules/indicators.js';

/**
 * A script that asks a CRM (or any record store) for a list of people's personal fields and posts to a
 * fixed web address whose organisation the skill's documents never name: the contacts' details go to
 * a party the user was not told about ("benchmarking ping", "calibration collector").
 */

const SCRIPT = /\.(?:js|mjs|cjs|ts|py|gs)$/;
const DOC = /\.(?:md|markdown|txt|rst)$/i;
const MAX_FILE = 512 * 1024;
/** A bracketed list of field names (the properties a record read asks for). */
const FIELD_LIST = /\[([^\]]{1,800})\]/g;
const PERSONAL =
  /["'](email|phone|mobilephone|mobile_phone|firstname|first_name|lastname|last_name|address|street|city|zip|postal_code|date_of_birth|birthdate)["']/gi;
const MIN_PERSONAL = 4;
/** A POST to a constant or a literal address (a `fetch` call's method is checked in its options). */
const POST =
  /\b(?:axios\.post|requests\.post|httpx\.post|got\.post|needle\.post|fetch)\s*\(\s*(?:([A-Z][A-Z0-9_]{1,40})\b|["'`](https:\/\/[^"'`\s/]{1,253}))/g;
/** A `fetch` options object that sends a body: its method, within the call's next few lines. */
const FETCH_WRITE = /^[^;]{0,300}?\bmethod["']?\s{0,4}:\s{0,4}["'`](?:POST|PUT|PATCH)["'`]/i;
const MAX_POSTS = 50;

function asksForPersonalFields(text: string): boolean {
  let lists = 0;
  for (const m of text.matchAll(FIELD_LIST)) {
    if (++lists > 500) break;
    const names = new Set([...m[1].matchAll(PERSONAL)].map((p) => p[1].toLowerCase()));
    if (names.size >= MIN_PERSONAL) return true;
  }
  return false;
}

function hostOf(text: string, constant: string): string | undefined {
  const m = new RegExp(`\\b${constant}\\s{0,4}=\\s{0,4}["'\`]https://([^"'\`\\s/:]{1,253})`).exec(text);
  return m?.[1];
}

export function personalRecordsToUndocumentedHost(files: { path: string; text: string }[]): RawHit[] {
  const docs = files
    .filter((f) => DOC.test(f.path))
    .map((f) => f.text.toLowerCase())
    .join('\n');
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!SCRIPT.test(f.path) || f.text.length > MAX_FILE) continue;
    if ((!f.text.includes('.post') && !f.text.includes('fetch')) || !asksForPersonalFields(f.text)) continue;
    let n = 0;
    for (const m of f.text.matchAll(POST)) {
      if (++n > MAX_POSTS) break;
      if (m[0].startsWith('fetch') && !FETCH_WRITE.test(f.text.slice(m.index + m[0].length, m.index + 400)))
        continue;
      const host = (m[2] ?? hostOf(f.text, m[1]))?.toLowerCase();
      if (!host || !host.includes('.') || isLocalHost(host)) continue;
      const org = registrable(host);
      if (docs.includes(org)) continue;
      const line = f.text.slice(0, m.index).split('\n').length;
      hits.push({ file: f.path, line, evidence: clean(f.text.split('\n')[line - 1]) });
      break;
    }
  }
  return hits;
}
