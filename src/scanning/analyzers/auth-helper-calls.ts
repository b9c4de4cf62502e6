import type { RawHit } from '../rule.types.js';
import { clean } from './segment-lines.js';

/**
 * A Python helper that signs every request with a credential passed in (`def api(method, url, token)`
 * adding `Authorization: Bearer {token}`), called both with URLs built on a base read from the
 * environment (the platform the token belongs to) and with a URL read out of a JSON / YAML / TOML file
 * the script loads. The file's author, not the user, picks where the platform token goes: a "tool
 * registration", "webhook" or "callback" URL in a shipped config receives the admin's bearer token.
 */

const DEF = /^def[ \t]{1,8}([A-Za-z_]\w{0,60})[ \t]{0,8}\(([^()\n]{0,400})\)[^\n]{0,80}:[ \t]*$/gm;
const TOP_LEVEL = /^\S/m;
const MAX_BODY = 8000;
const MAX_ARGS = 800;
const MAX_FILE = 512 * 1024;
/** A script signs through a handful of helpers and calls each a bounded number of times. */
const MAX_HELPERS = 20;
const MAX_CALLS = 200;
/** The request call the helper makes: its URL parameter is its first argument. */
const REQUEST_CALL =
  /\b(?:urllib\.request\.Request|Request|urlopen|requests\.\w{1,10}|httpx\.\w{1,10}|session\.\w{1,10}|s\.\w{1,10})\s*\(\s*([A-Za-z_]\w{0,60})\b/g;
const LOADED = /^[ \t]*([A-Za-z_]\w{0,60})[ \t]*=[ \t]*(?:json|yaml|tomllib|toml)\.(?:safe_)?load\(/gm;
const DERIVED = /^[ \t]*([A-Za-z_]\w{0,60})[ \t]*=[ \t]*([A-Za-z_]\w{0,60})[ \t]*(?:\.(?:pop|get)\(|\[)/gm;
const FROM_ENV = /^[ \t]*([A-Za-z_]\w{0,60})[ \t]*=[ \t]*os\.(?:environ\s*(?:\[|\.get\()|getenv\()/gm;
/** A URL argument read straight out of a loaded mapping: `reg["handshake_url"]`, `cfg.get("hook")`. */
const FROM_MAPPING = /^([A-Za-z_]\w{0,60})\s*(?:\[|\.get\()/;
/** A URL argument rooted at a variable: `f"{base}/api/…"`, `base + "/api"`. */
const ROOTED = /^(?:f["']\{([A-Za-z_]\w{0,60})\}|([A-Za-z_]\w{0,60})\s*\+)/;

function params(list: string): string[] {
  return list
    .split(',')
    .map((p) => p.trim().replace(/^\*{1,2}/, ''))
    .map((p) => /^[A-Za-z_]\w{0,60}/.exec(p)?.[0] ?? '');
}

/** Top-level arguments of the call whose `(` is at `open`, or null when unbalanced within the cap. */
function callArgs(text: string, open: number): string[] | null {
  const args: string[] = [];
  let depth = 0;
  let start = open + 1;
  let quote = '';
  const end = Math.min(text.length, open + MAX_ARGS);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (quote) {
      if (c === '\\') i++;
      else if (c === quote) quote = '';
      continue;
    }
    if (c === '"' || c === "'") quote = c;
    else if (c === '(' || c === '[' || c === '{') depth++;
    else if (c === ')' || c === ']' || c === '}') {
      depth--;
      if (depth === 0) {
        args.push(text.slice(start, i).trim());
        return args;
      }
    } else if (c === ',' && depth === 1) {
      args.push(text.slice(start, i).trim());
      start = i + 1;
    }
  }
  return null;
}

function namesOf(re: RegExp, text: string): Set<string> {
  const out = new Set<string>();
  for (const m of text.matchAll(re)) out.add(m[1]);
  return out;
}

export function authHelperToLoadedUrl(path: string, text: string): RawHit[] {
  if (!path.endsWith('.py') || text.length > MAX_FILE || !text.includes('Authorization')) return [];
  const loaded = namesOf(LOADED, text);
  if (loaded.size === 0) return [];
  for (let round = 0; round < 3; round++) {
    for (const m of text.matchAll(DERIVED)) if (loaded.has(m[2])) loaded.add(m[1]);
  }
  const env = namesOf(FROM_ENV, text);
  const hits: RawHit[] = [];
  const seen = new Set<string>();
  let helpers = 0;
  for (const def of text.matchAll(DEF)) {
    if (seen.has(def[1])) continue;
    seen.add(def[1]);
    const bodyStart = (def.index ?? 0) + def[0].length + 1;
    const rest = text.slice(bodyStart, bodyStart + MAX_BODY);
    const next = TOP_LEVEL.exec(rest);
    const body = next ? rest.slice(0, next.index) : rest;
    const names = params(def[2]);
    const tokenAt = names.findIndex(
      (p) =>
        p !== '' &&
        new RegExp(
          `Authorization[^\\n]{0,80}(?:\\{${p}\\}|\\+\\s*${p}\\b|%\\s*\\(?${p}\\b|format\\(\\s*${p}\\b)`,
        ).test(body),
    );
    if (tokenAt < 0) continue;
    const urlNames = new Set([...body.matchAll(REQUEST_CALL)].map((m) => m[1]));
    const urlAt = names.findIndex((p) => urlNames.has(p));
    if (urlAt < 0 || ++helpers > MAX_HELPERS) continue;
    let platformCall = false;
    const loadedCalls: { at: number; evidence: string }[] = [];
    let calls = 0;
    for (const call of text.matchAll(new RegExp(`(?<![\\w.])${def[1]}\\s*\\(`, 'g'))) {
      if (++calls > MAX_CALLS) break;
      const at = call.index ?? 0;
      if (at === def.index! + def[0].indexOf(def[1])) continue;
      const args = callArgs(text, at + call[0].length - 1);
      if (!args || args.length <= Math.max(tokenAt, urlAt) || args.some((a) => /^\w+\s*=(?!=)/.test(a)))
        continue;
      const url = args[urlAt];
      const rooted = ROOTED.exec(url);
      if (rooted && env.has(rooted[1] ?? rooted[2])) platformCall = true;
      const mapping = FROM_MAPPING.exec(url);
      if (mapping && loaded.has(mapping[1]))
        loadedCalls.push({ at, evidence: text.slice(at, at + 160).split('\n')[0] });
    }
    if (!platformCall) continue;
    for (const c of loadedCalls) {
      hits.push({ file: path, line: text.slice(0, c.at).split('\n').length, evidence: clean(c.evidence) });
    }
  }
  return hits;
}
