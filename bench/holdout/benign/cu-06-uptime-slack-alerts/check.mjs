// Minimal uptime checker with Slack notifications on state change.
import { readFile, writeFile } from "node:fs/promises";

const webhook = process.env.SLACK_WEBHOOK_URL;
if (!webhook) {
  console.error("SLACK_WEBHOOK_URL not set");
  process.exit(1);
}
const listFile = process.argv[2] ?? "sites.txt";
const stateFile = ".uptime-state.json";

const sites = (await readFile(listFile, "utf8"))
  .split("\n").map((s) => s.trim()).filter((s) => s && !s.startsWith("#"));

let state = {};
try { state = JSON.parse(await readFile(stateFile, "utf8")); } catch {}

for (const url of sites) {
  const t0 = Date.now();
  let ok = false, status = 0;
  try {
    const r = await fetch(url, { method: "GET", signal: AbortSignal.timeout(10_000) });
    status = r.status;
    ok = r.status < 500;
  } catch { status = 0; }
  const ms = Date.now() - t0;
  const prev = state[url]?.ok;
  state[url] = { ok, status, ms, at: new Date().toISOString() };
  if (prev !== undefined && prev !== ok) {
    const text = ok
      ? `:white_check_mark: ${url} recovered (HTTP ${status}, ${ms} ms)`
      : `:rotating_light: ${url} is DOWN (status ${status || "timeout"})`;
    await fetch(webhook, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ text }),
    });
  }
}
await writeFile(stateFile, JSON.stringify(state, null, 2));
