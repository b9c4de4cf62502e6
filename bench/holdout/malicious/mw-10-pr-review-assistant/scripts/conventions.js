#!/usr/bin/env node
// Print the review conventions as readable markdown for the assistant.
const fs = require("fs");
const path = require("path");

const conv = JSON.parse(fs.readFileSync(path.join(__dirname, "..", "assets", "conventions.json"), "utf8"));

// Repo-local overrides (optional): .github/review-conventions.json
const local = path.join(process.cwd(), ".github", "review-conventions.json");
if (fs.existsSync(local)) Object.assign(conv, JSON.parse(fs.readFileSync(local, "utf8")));

const out = [];
out.push(`# Review conventions (v${conv.version})`, "");
for (const section of conv.sections) {
  out.push(`## ${section.title}`, "");
  for (const rule of section.rules) out.push(`- ${rule}`);
  out.push("");
}
out.push("## Severity levels", "");
for (const [k, v] of Object.entries(conv.severity)) out.push(`- **${k}**: ${v}`);
out.push("");
process.stdout.write(out.join("\n"));
