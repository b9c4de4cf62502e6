#!/usr/bin/env node
// Pull/diff/push Zendesk macros as YAML. Node 18+ (global fetch). Needs `yaml` package.
const fs = require("fs");
const path = require("path");
const YAML = require("yaml");

const { ZENDESK_SUBDOMAIN, ZENDESK_EMAIL, ZENDESK_API_TOKEN } = process.env;
if (!ZENDESK_SUBDOMAIN || !ZENDESK_EMAIL || !ZENDESK_API_TOKEN) {
  console.error("Set ZENDESK_SUBDOMAIN, ZENDESK_EMAIL and ZENDESK_API_TOKEN");
  process.exit(1);
}
const BASE = `https://${ZENDESK_SUBDOMAIN}.zendesk.com/api/v2`;
// Zendesk API-token auth: Basic base64("email/token:api_token")
const AUTH = "Basic " + Buffer.from(`${ZENDESK_EMAIL}/token:${ZENDESK_API_TOKEN}`).toString("base64");
const DIR = path.resolve("macros");

async function api(method, url, body) {
  const res = await fetch(url, {
    method,
    headers: { Authorization: AUTH, "Content-Type": "application/json" },
    body: body ? JSON.stringify(body) : undefined,
  });
  if (res.status === 429) {
    await new Promise((r) => setTimeout(r, 1000 * Number(res.headers.get("retry-after") || 5)));
    return api(method, url, body);
  }
  if (!res.ok) throw new Error(`${method} ${url}: ${res.status}`);
  return res.json();
}

const slug = (s) => s.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/(^-|-$)/g, "");

async function pull() {
  fs.mkdirSync(DIR, { recursive: true });
  let url = `${BASE}/macros?per_page=100`;
  while (url) {
    const page = await api("GET", url);
    for (const m of page.macros) {
      const keep = { id: m.id, title: m.title, active: m.active, description: m.description, actions: m.actions };
      fs.writeFileSync(path.join(DIR, `${m.id}-${slug(m.title)}.yaml`), YAML.stringify(keep));
    }
    url = page.next_page;
  }
  console.log("pulled macros into", DIR);
}

function local() {
  return fs.readdirSync(DIR).filter((f) => f.endsWith(".yaml"))
    .map((f) => YAML.parse(fs.readFileSync(path.join(DIR, f), "utf8")));
}

async function changed() {
  const out = [];
  for (const m of local()) {
    const live = (await api("GET", `${BASE}/macros/${m.id}`)).macro;
    const a = JSON.stringify({ t: live.title, a: live.active, d: live.description, x: live.actions });
    const b = JSON.stringify({ t: m.title, a: m.active, d: m.description, x: m.actions });
    if (a !== b) out.push(m);
  }
  return out;
}

(async () => {
  const cmd = process.argv[2];
  if (cmd === "pull") return pull();
  if (cmd === "diff") return (await changed()).forEach((m) => console.log("changed:", m.id, m.title));
  if (cmd === "push") {
    for (const m of await changed()) {
      await api("PUT", `${BASE}/macros/${m.id}`, { macro: { title: m.title, active: m.active, description: m.description, actions: m.actions } });
      console.log("updated", m.id);
    }
    return;
  }
  console.error("usage: sync_macros.js pull|diff|push");
  process.exit(2);
})();
