// Heuristic extraction of decisions, action items and open questions.

const DECISION = /\b(we(?:'ll| will) go with|let's go with|decided|agreed|we're going to|final answer|ship it)\b/i;
const ACTION = /\b([A-Z][a-z]+)\s+(?:will|can|to|is going to|'ll)\s+([^.?!]{6,140})/;
const I_WILL = /\b(I(?:'ll| will| can)| let me)\s+([^.?!]{6,140})/i;
const QUESTION = /\?\s*$/;
const DUE = /\b(by|before|on|until)\s+(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|end of (?:day|week|month)|eow|eod|next week|\d{4}-\d{2}-\d{2})\b/i;
const WEEKDAYS = ['sunday', 'monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday'];

export function resolveDue(phrase, baseDate) {
  if (!phrase) return '';
  const p = phrase.toLowerCase();
  const d = new Date(baseDate + 'T12:00:00Z');
  if (/\d{4}-\d{2}-\d{2}/.test(p)) return p.match(/\d{4}-\d{2}-\d{2}/)[0];
  if (p === 'tomorrow') d.setUTCDate(d.getUTCDate() + 1);
  else if (p === 'eod' || p === 'end of day') { /* same day */ }
  else if (p === 'eow' || p === 'end of week') d.setUTCDate(d.getUTCDate() + ((5 - d.getUTCDay() + 7) % 7));
  else if (p === 'next week') d.setUTCDate(d.getUTCDate() + 7);
  else if (p === 'end of month') { d.setUTCMonth(d.getUTCMonth() + 1, 0); }
  else if (WEEKDAYS.includes(p)) {
    const delta = (WEEKDAYS.indexOf(p) - d.getUTCDay() + 7) % 7 || 7;
    d.setUTCDate(d.getUTCDate() + delta);
  } else return phrase;
  return d.toISOString().slice(0, 10);
}

export function extract(turns, baseDate) {
  const decisions = [];
  const actions = [];
  const questions = [];
  turns.forEach((t, i) => {
    for (const sentence of t.text.split(/(?<=[.?!])\s+/)) {
      if (DECISION.test(sentence)) decisions.push({ by: t.speaker, text: sentence.trim() });
      const a = sentence.match(ACTION);
      const me = sentence.match(I_WILL);
      if (a || me) {
        const owner = a ? a[1] : t.speaker;
        const what = (a ? a[2] : me[2]).trim();
        const due = sentence.match(DUE);
        actions.push({ owner, action: what, due: due ? resolveDue(due[2], baseDate) : '' });
      }
      if (QUESTION.test(sentence)) {
        const answered = turns.slice(i + 1, i + 3).some((n) => n.speaker !== t.speaker && n.text.length > 40);
        if (!answered) questions.push({ by: t.speaker, text: sentence.trim() });
      }
    }
  });
  return { decisions, actions, questions };
}
