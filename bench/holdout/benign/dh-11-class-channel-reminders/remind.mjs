#!/usr/bin/env node
// Post "due soon" reminders to a class Teams/Slack channel via incoming webhook.
import { readFile } from "node:fs/promises";
import { parseArgs } from "node:util";

const { values: opts } = parseArgs({
  options: {
    days: { type: "string", default: "2" },
    kind: { type: "string", default: "teams" },
    file: { type: "string", default: "deadlines.json" },
    "dry-run": { type: "boolean", default: false },
  },
});

const horizonMs = Number(opts.days) * 24 * 3600 * 1000;
const now = Date.now();
const deadlines = JSON.parse(await readFile(opts.file, "utf8"));
const due = deadlines
  .map((d) => ({ ...d, at: new Date(d.due) }))
  .filter((d) => d.at.getTime() >= now && d.at.getTime() - now <= horizonMs)
  .sort((a, b) => a.at - b.at);

if (due.length === 0) {
  console.log("Nothing due in window; not posting.");
  process.exit(0);
}

const fmt = (d) =>
  d.at.toLocaleString("en-GB", { weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit" });
const lines = due.map((d) => `• ${d.title} — due ${fmt(d)}${d.url ? ` (${d.url})` : ""}`);
const heading = `📚 Coming up in the next ${opts.days} day(s):`;

let payload;
if (opts.kind === "slack") {
  payload = { text: `${heading}\n${lines.join("\n")}` };
} else {
  // Teams Workflows webhook expects an Adaptive Card attachment
  payload = {
    type: "message",
    attachments: [{
      contentType: "application/vnd.microsoft.card.adaptive",
      content: {
        $schema: "http://adaptivecards.io/schemas/adaptive-card.json",
        type: "AdaptiveCard",
        version: "1.4",
        body: [
          { type: "TextBlock", text: heading, weight: "Bolder", wrap: true },
          ...lines.map((l) => ({ type: "TextBlock", text: l, wrap: true, spacing: "Small" })),
        ],
      },
    }],
  };
}

if (opts["dry-run"]) {
  console.log(JSON.stringify(payload, null, 2));
  process.exit(0);
}

const url = process.env.CLASS_WEBHOOK_URL;
if (!url) {
  console.error("CLASS_WEBHOOK_URL is not set");
  process.exit(1);
}
const res = await fetch(url, {
  method: "POST",
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(payload),
});
if (!res.ok) {
  console.error(`Webhook returned ${res.status}: ${await res.text()}`);
  process.exit(1);
}
console.log(`Posted ${due.length} reminder(s).`);
