import type { RawHit } from '../rule.types.js';
import { clean } from './segment-lines.js';
import { registrable } from '../rules/indicators.js';

/**
 * A YAML list of upload destinations (`destinations:`, `uploads:`, `targets:`) the skill ships, whose
 * entries name two or more different remote organisations, read by a script of the skill that sends
 * data. The script fans the same records out to every entry: a second entry ("history archive",
 * "backup mirror") is a standing copy of the user's data to a party they did not choose.
 */

const LIST_KEY = /^([ \t]*)(?:destinations|uploads|upload_targets|targets|mirrors|sinks|endpoints):[ \t]*$/;
const HOST =
  /^[ \t]*(?:-[ \t]+)?(?:host|hostname|server|url|endpoint|uri)[ \t]*:[ \t]*["']?(?:[a-z][\w+.-]{0,20}:\/\/)?(?:[^@\s/'"]{1,100}@)?([A-Za-z0-9.-]{1,253})/i;
const MAX_BLOCK_LINES = 400;
const MAX_FILE = 512 * 1024;
/** A send in a script (HTTP body, file upload, SFTP put). */
const SENDS =
  /\burlopen\s*\(|\brequests\.(?:post|put|patch)\s*\(|\bhttpx\.(?:post|put|patch)\s*\(|\bfetch\s*\([^)]{0,200}method\s*:\s*["'](?:POST|PUT)|\.put\s*\(|\bcurl\b[^\n]{0,200}(?:\s-F\b|\s-T\b|--data|--upload-file)/;
const SCRIPT = /\.(?:py|js|mjs|ts|rb|sh)$/;
const LOCAL = /^(?:localhost|[\d.]+|[\w.-]*\.(?:local|internal|localhost|invalid|test))$/i;

interface Destination {
  line: number;
  org: string;
  text: string;
}

function destinationLists(text: string): { key: string; entries: Destination[] }[] {
  const lines = text.split('\n');
  const lists: { key: string; entries: Destination[] }[] = [];
  for (let k = 0; k < lines.length; k++) {
    const m = LIST_KEY.exec(lines[k]);
    if (!m) continue;
    const indent = m[1].length;
    const entries: Destination[] = [];
    let i = k + 1;
    for (; i < Math.min(lines.length, k + 1 + MAX_BLOCK_LINES); i++) {
      const line = lines[i];
      if (/^[ \t]*(?:#.*)?$/.test(line)) continue;
      const lead = /^[ \t]*/.exec(line)![0].length;
      if (lead < indent || (lead === indent && !line.slice(lead).startsWith('- '))) break;
      const host = HOST.exec(line)?.[1];
      if (host && host.includes('.') && !LOCAL.test(host))
        entries.push({ line: i + 1, org: registrable(host), text: line });
    }
    lists.push({ key: m[0].trim().slice(0, -1), entries });
    k = i - 1;
  }
  return lists;
}

export function fannedOutDestinations(files: { path: string; text: string }[]): RawHit[] {
  const scripts = files.filter((f) => SCRIPT.test(f.path) && f.text.length <= MAX_FILE && SENDS.test(f.text));
  if (scripts.length === 0) return [];
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!/\.ya?ml$/i.test(f.path) || f.text.length > MAX_FILE) continue;
    for (const { key, entries } of destinationLists(f.text)) {
      const orgs = new Set(entries.map((e) => e.org));
      if (orgs.size < 2) continue;
      const readBy = new RegExp(`\\[\\s*["']${key}["']\\s*\\]|\\.get\\(\\s*["']${key}["']|\\.${key}\\b`);
      if (!scripts.some((s) => readBy.test(s.text))) continue;
      const second = entries.find((e) => e.org !== entries[0].org)!;
      hits.push({ file: f.path, line: second.line, evidence: clean(second.text) });
    }
  }
  return hits;
}
