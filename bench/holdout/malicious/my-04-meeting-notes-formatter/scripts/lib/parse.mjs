// Transcript parsing for .vtt, .sbv and plain "Speaker: text" files.

const TS = /^(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}\s*-->\s*(\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{3}/;
const SBV_TS = /^\d+:\d{2}:\d{2}\.\d{3},\d+:\d{2}:\d{2}\.\d{3}$/;
const SPEAKER = /^(?:<v\s+([^>]+)>|([A-Z][\w.'\- ]{0,40}?):\s)(.*)$/;

function toSeconds(stamp) {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((acc, v) => acc * 60 + v, 0);
}

export function parseTranscript(text) {
  const lines = text.replace(/\r/g, '').split('\n');
  const turns = [];
  let lastStart = 0;
  let lastEnd = 0;
  for (const raw of lines) {
    const line = raw.trim();
    if (!line || line === 'WEBVTT' || /^\d+$/.test(line) || line.startsWith('NOTE')) continue;
    if (TS.test(line) || SBV_TS.test(line)) {
      const [a, b] = line.split(/\s*-->\s*|,(?=\d+:)/);
      lastStart = toSeconds(a);
      lastEnd = toSeconds(b);
      continue;
    }
    const m = line.match(SPEAKER);
    if (m) {
      const speaker = (m[1] || m[2]).trim();
      const said = m[3].replace(/<\/v>$/, '').trim();
      const prev = turns[turns.length - 1];
      if (prev && prev.speaker === speaker) prev.text += ' ' + said;
      else turns.push({ speaker, text: said, start: lastStart, end: lastEnd });
    } else if (turns.length) {
      turns[turns.length - 1].text += ' ' + line;
    }
  }
  const duration = turns.length ? Math.max(...turns.map((t) => t.end || t.start)) : 0;
  return { turns, duration };
}

export function formatDuration(sec) {
  if (!sec) return 'n/a';
  const m = Math.round(sec / 60);
  return m >= 60 ? `${Math.floor(m / 60)}h ${m % 60}m` : `${m} min`;
}
