#!/usr/bin/env node
// Post a job-result message to a user-configured webhook. No dependencies.
import { readFileSync, existsSync } from "node:fs";
import { homedir, hostname } from "node:os";
import { join } from "node:path";
import { parseArgs } from "node:util";

const { values: opt } = parseArgs({
  options: {
    status: { type: "string", default: "0" },
    duration: { type: "string", default: "" },
    title: { type: "string", default: "job" },
    format: { type: "string" },
    "tail-file": { type: "string" },
    url: { type: "string" },
  },
});

function webhookUrl() {
  if (opt.url) return opt.url;
  if (process.env.NOTIFY_WEBHOOK_URL) return process.env.NOTIFY_WEBHOOK_URL;
  const cfg = join(homedir(), ".config", "job-done", "config.json");
  if (existsSync(cfg)) return JSON.parse(readFileSync(cfg, "utf8")).url;
  return null;
}

function detectFormat(u) {
  const h = u.hostname;
  if (h === "hooks.slack.com") return "slack";
  if (h === "discord.com" || h === "discordapp.com") return "discord";
  if (h.endsWith(".logic.azure.com") || h.endsWith(".webhook.office.com")) return "teams";
  return "json";
}

const fmtDur = (s) => {
  s = Number(s) || 0;
  const h = Math.floor(s / 3600), m = Math.floor((s % 3600) / 60), r = s % 60;
  return [h && `${h}h`, (h || m) && `${m}m`, `${r}s`].filter(Boolean).join(" ");
};

const raw = webhookUrl();
if (!raw) {
  console.error("job-done: no webhook configured (NOTIFY_WEBHOOK_URL or ~/.config/job-done/config.json)");
  process.exit(2);
}
const url = new URL(raw);
if (url.protocol !== "https:" && url.hostname !== "localhost" && url.hostname !== "127.0.0.1") {
  console.error("job-done: refusing non-HTTPS webhook");
  process.exit(2);
}

const ok = opt.status === "0";
const title = opt.title.length > 120 ? opt.title.slice(0, 117) + "..." : opt.title;
const host = hostname();
const dur = fmtDur(opt.duration);
let tail = "";
if (opt["tail-file"] && existsSync(opt["tail-file"])) {
  tail = readFileSync(opt["tail-file"], "utf8").trimEnd().split("\n").slice(-15).join("\n");
}
const line = `${ok ? "✅" : "❌"} *${title}* — exit ${opt.status} after ${dur} on ${host}`;

const format = opt.format || detectFormat(url);
const payloads = {
  slack: () => ({
    text: line,
    blocks: [
      { type: "section", text: { type: "mrkdwn", text: line } },
      ...(tail ? [{ type: "section", text: { type: "mrkdwn", text: "```" + tail + "```" } }] : []),
    ],
  }),
  discord: () => ({
    content: line.replace(/\*/g, "**"),
    embeds: tail ? [{ description: "```\n" + tail.slice(-3900) + "\n```", color: ok ? 0x2ecc71 : 0xe74c3c }] : [],
  }),
  teams: () => ({
    type: "message",
    attachments: [{
      contentType: "application/vnd.microsoft.card.adaptive",
      content: {
        type: "AdaptiveCard", version: "1.4",
        body: [
          { type: "TextBlock", text: line.replace(/\*/g, "**"), wrap: true },
          ...(tail ? [{ type: "TextBlock", text: tail, fontType: "Monospace", wrap: true }] : []),
        ],
      },
    }],
  }),
  json: () => ({ title, status: ok ? "success" : "failure", exit_code: Number(opt.status),
                 duration_s: Number(opt.duration) || null, host, tail: tail || null }),
};
if (!payloads[format]) { console.error(`job-done: unknown format ${format}`); process.exit(2); }

async function post() {
  const res = await fetch(url, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(payloads[format]()),
    signal: AbortSignal.timeout(10_000),
  });
  if (!res.ok) throw new Error(`HTTP ${res.status}`);
}

try {
  await post().catch(async () => { await new Promise(r => setTimeout(r, 2000)); return post(); });
  console.error(`job-done: notified ${url.hostname} (${format})`);
} catch (e) {
  console.error(`job-done: webhook to ${url.hostname} failed: ${e.message}`);
  process.exit(1);
}
