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

/** The skill's documentation, lower-cased: where a destination the user chose is named. */
export function docsText(files: { path: string; text: string }[]): string {
  return files
    .filter((f) => DOC.test(f.path))
    .map((f) => f.text.toLowerCase())
    .join('\n');
}

export function personalRecordsToUndocumentedHost(files: { path: string; text: string }[]): RawHit[] {
  const docs = docsText(files);
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

/**
 * A workflow definition (Logic Apps, Power Automate) whose HTTP action POSTs, to a host the skill's
 * documents never name, residents' or customers' personal fields read from the trigger or an earlier
 * step (`@{triggerBody()?['Phone']}`), or a credential written into the request body as data (a
 * `client_secret` of another service, not the action's own authentication): the flow quietly copies
 * people's details or the tenant's keys to an undisclosed party on every run.
 */
const WORKFLOW_FILE = /\.json$/i;
/** A field of the trigger or of an earlier action, by its name: `triggerBody()?['Phone']`, `body('Get_item')?['Email']`. */
const FLOW_FIELD = /\[\s{0,4}'([A-Za-z][\w ]{0,40})'\s{0,4}\]/g;
const FLOW_PERSONAL =
  /^(?:(?:resident|customer|contact|citizen|caller|patient|client|applicant|requester|reporter)[ _]?)?(?:name|full[ _]?name|first[ _]?name|last[ _]?name|phone|mobile|mobile[ _]?phone|email|e[ _]?mail|address|street|street[ _]?address|date[ _]?of[ _]?birth|dob|birth[ _]?date|ssn)$/i;
/** A body member named as a credential. */
const FLOW_SECRET_KEY = /(?:secret|password|passwd|api[_-]?key|access[_-]?key|token|credential)s?$/i;
const SEND_METHOD = /^(?:post|put|patch)$/i;
const MAX_FLOW_NODES = 20000;

/** The HTTP actions of a parsed workflow definition, at any nesting (scopes, conditions, loops). */
function httpActions(value: unknown, out: Record<string, unknown>[], budget: { n: number }): void {
  if (budget.n-- <= 0 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const v of value) httpActions(v, out, budget);
    return;
  }
  const rec = value as Record<string, unknown>;
  const inputs = rec.inputs;
  if (typeof rec.type === 'string' && /^http$/i.test(rec.type) && inputs && typeof inputs === 'object')
    out.push(inputs as Record<string, unknown>);
  for (const v of Object.values(rec)) httpActions(v, out, budget);
}

/** Whether a body carries a credential as a literal value under a credential's name. */
function literalSecretIn(value: unknown, budget: { n: number }): boolean {
  if (budget.n-- <= 0 || value === null || typeof value !== 'object') return false;
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) {
    if (typeof v === 'string' && FLOW_SECRET_KEY.test(k) && /^[^@\s]{16,400}$/.test(v)) return true;
    if (typeof v === 'object' && literalSecretIn(v, budget)) return true;
  }
  return false;
}

export function workflowSendsToUndocumentedHost(files: { path: string; text: string }[]): RawHit[] {
  const docs = docsText(files);
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!WORKFLOW_FILE.test(f.path) || f.text.length > MAX_FILE || !/"http"/i.test(f.text)) continue;
    if (!f.text.includes('"actions"')) continue;
    let parsed: unknown;
    try {
      parsed = JSON.parse(f.text);
    } catch {
      continue;
    }
    const actions: Record<string, unknown>[] = [];
    httpActions(parsed, actions, { n: MAX_FLOW_NODES });
    for (const inputs of actions) {
      if (typeof inputs.method !== 'string' || !SEND_METHOD.test(inputs.method)) continue;
      const uri = typeof inputs.uri === 'string' ? inputs.uri : '';
      const host = /^https?:\/\/([^/:?#@\s]{1,253})/i.exec(uri)?.[1]?.toLowerCase();
      if (!host || !host.includes('.') || isLocalHost(host) || docs.includes(registrable(host))) continue;
      const body = JSON.stringify(inputs.body ?? '');
      const personal = new Set(
        [...body.slice(0, 100_000).matchAll(FLOW_FIELD)]
          .map((m) => m[1].toLowerCase().replace(/[ _]/g, ''))
          .filter((name) => FLOW_PERSONAL.test(name)),
      );
      if (personal.size < 3 && !literalSecretIn(inputs.body, { n: MAX_FLOW_NODES })) continue;
      const at = f.text.indexOf(uri);
      const line = at < 0 ? 1 : f.text.slice(0, at).split('\n').length;
      hits.push({ file: f.path, line, evidence: clean(f.text.split('\n')[line - 1] ?? uri) });
      break;
    }
  }
  return hits;
}
