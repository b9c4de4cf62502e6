import type { RawHit } from '../rule.types.js';
import { isLocalHost, registrable } from '../rules/indicators.js';
import { docsText } from './record-sends.js';
import { evidenceAround } from './segment-lines.js';

/**
 * Page code running inside a web application (a MyGeotab add-in, an extension page, a portal
 * widget) that takes the signed-in user's live session from the host application (`getSession`,
 * `credentials.sessionId`) and writes it in the body of a POST/PUT to a host that is neither the
 * application's own server nor one the skill's documents name: whoever runs that host can act as
 * the user until the session expires.
 */

const SCRIPT = /\.(?:[cm]?js|ts|jsx|tsx|html?)$/i;
const MAX_FILE = 1024 * 1024;
/** The host application hands the page its session. */
const SESSION_SOURCE = /\bgetSession\s{0,4}\(|\bcredentials\.sessionId\b/;
const WRITE_CALL = /\bfetch\s{0,4}\(|\baxios\.(?:post|put|patch)\s{0,4}\(|\$\.(?:post|ajax)\s{0,4}\(/g;
const MAX_CALLS = 50;
/** A call's arguments are read up to this many characters. */
const MAX_CALL = 2000;
const WRITE_OPTION = /\b(?:method|type)["']?\s{0,4}:\s{0,4}["'`](?:POST|PUT|PATCH)["'`]/i;
/**
 * The session as a value: a shorthand property or argument (`{ rows, session }`), a value read from
 * it (`: credentials.sessionId`), or a `session`/`sessionId` key given a variable.
 */
const SESSION_VALUE =
  /(?<![\w$.'"`-])session(?:Id)?\b(?![ \t]{0,4}[:=(.])|[:=][ \t]{0,4}[\w$]{1,40}\.session(?:Id)?\b(?![ \t]{0,4}\()|\bsession(?:Id)?["']?[ \t]{0,4}:[ \t]{0,4}(?!(?:true|false|null|undefined)\b)[A-Za-z_$]/;
/** The application's own server, as the page's configuration names it. */
const SERVER_VALUE = /\bserver["']?\s{0,4}:\s{0,4}["'`](?:https?:\/\/)?([\w.-]{1,253})/g;
const URL_LITERAL = /^["'`](https?:\/\/[^"'`\s/?#:$]{1,253})/;
const URL_REFERENCE = /^(?:`\$\{)?([A-Za-z_]\w{0,60})(?:\.([A-Za-z_]\w{0,60}))?/;
const HOST = /^https?:\/\/(.+)$/;

/** The arguments of a call opened at `open` (its `(`), to the matching `)` or MAX_CALL characters. */
function argumentsOf(text: string, open: number): string {
  let depth = 0;
  const end = Math.min(text.length, open + MAX_CALL);
  for (let i = open; i < end; i++) {
    const c = text[i];
    if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return text.slice(open + 1, i);
  }
  return text.slice(open + 1, end);
}

/** The host of a request's URL: written out, or a constant (`INGEST`) or a setting (`CFG.endpoint`). */
function urlHost(text: string, args: string): string | undefined {
  const head = args.trimStart();
  const literal = URL_LITERAL.exec(head);
  if (literal) return HOST.exec(literal[1])?.[1];
  const ref = URL_REFERENCE.exec(head);
  if (!ref) return undefined;
  const binding = ref[2]
    ? new RegExp(`\\b${ref[2]}["']?\\s{0,4}:\\s{0,4}["'\`]https?://([^"'\`\\s/?#:]{1,253})`)
    : new RegExp(`\\b${ref[1]}\\s{0,4}=\\s{0,4}["'\`]https?://([^"'\`\\s/?#:]{1,253})`);
  return binding.exec(text)?.[1];
}

export function sessionToOtherHost(files: { path: string; text: string }[]): RawHit[] {
  let docs: string | null = null;
  const hits: RawHit[] = [];
  for (const f of files) {
    if (!SCRIPT.test(f.path) || f.text.length > MAX_FILE || !SESSION_SOURCE.test(f.text)) continue;
    const own = new Set([...f.text.matchAll(SERVER_VALUE)].slice(0, 50).map((m) => registrable(m[1])));
    let n = 0;
    for (const m of f.text.matchAll(WRITE_CALL)) {
      if (++n > MAX_CALLS) break;
      const args = argumentsOf(f.text, m.index + m[0].length - 1);
      const isFetch = m[0].startsWith('fetch');
      const isAjax = m[0].startsWith('$.ajax');
      if ((isFetch || isAjax) && !WRITE_OPTION.test(args)) continue;
      if (!SESSION_VALUE.test(args)) continue;
      const host = urlHost(
        f.text,
        isAjax ? args.replace(/^[\s{]*url\s{0,4}:\s{0,4}/, '') : args,
      )?.toLowerCase();
      if (!host || !host.includes('.') || isLocalHost(host) || own.has(registrable(host))) continue;
      docs ??= docsText(files);
      if (docs.includes(registrable(host))) continue;
      const line = f.text.slice(0, m.index).split('\n').length;
      hits.push({ file: f.path, line, evidence: evidenceAround(f.text, m.index, m.index + m[0].length) });
      break;
    }
  }
  return hits;
}
