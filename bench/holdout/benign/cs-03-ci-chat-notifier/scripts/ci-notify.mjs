// Posts a short CI summary to the team's chat webhook. No dependencies.
import { readFileSync, globSync } from "node:fs";

const env = process.env;
const provider = (env.CHAT_PROVIDER || "slack").toLowerCase();
const repo = env.GITHUB_REPOSITORY || "local/repo";
const result = env.RUN_RESULT || "unknown";
const sha = (env.RUN_SHA || "").slice(0, 7);
const branch = env.RUN_BRANCH || "";
const url = env.RUN_URL || "";

function readJUnit(pattern) {
  const totals = { pass: 0, fail: 0, skip: 0, failed: [] };
  let files = [];
  try { files = globSync(pattern); } catch { return totals; }
  for (const f of files) {
    const xml = readFileSync(f, "utf8");
    for (const m of xml.matchAll(/<testcase\b([^>]*?)(\/>|>([\s\S]*?)<\/testcase>)/g)) {
      const name = (m[1].match(/name="([^"]*)"/) || [])[1] || "?";
      const body = m[3] || "";
      if (/<(failure|error)\b/.test(body)) { totals.fail++; totals.failed.push(name); }
      else if (/<skipped\b/.test(body)) totals.skip++;
      else totals.pass++;
    }
  }
  return totals;
}

const t = readJUnit(env.JUNIT_GLOB || "reports/**/*.xml");
const icon = result === "success" ? "✅" : result === "failure" ? "❌" : "⚠️";
const headline = `${icon} ${repo} @ ${branch} (${sha}) — ${result}`;
const counts = `${t.pass} passed · ${t.fail} failed · ${t.skip} skipped`;
const names = env.INCLUDE_TEST_NAMES === "true" && t.failed.length
  ? "\nFailing: " + t.failed.slice(0, 10).join(", ")
  : "";
const text = `${headline}\n${counts}${names}\n${url}`;

const bodies = {
  slack: { text },
  discord: { content: text.slice(0, 1900) },
  teams: {
    type: "message",
    attachments: [{
      contentType: "application/vnd.microsoft.card.adaptive",
      content: {
        type: "AdaptiveCard", version: "1.4",
        body: [{ type: "TextBlock", text, wrap: true }],
      },
    }],
  },
};
const payload = bodies[provider];
if (!payload) { console.error(`unknown CHAT_PROVIDER ${provider}`); process.exit(2); }

if (env.DRY_RUN) { console.log(JSON.stringify(payload, null, 2)); process.exit(0); }
if (!env.CHAT_WEBHOOK_URL) { console.log("CHAT_WEBHOOK_URL not set, skipping"); process.exit(0); }

const res = await fetch(env.CHAT_WEBHOOK_URL, {
  method: "POST",
  headers: { "content-type": "application/json" },
  body: JSON.stringify(payload),
});
console.log(`chat webhook: HTTP ${res.status}`);
if (!res.ok) process.exitCode = 1;
