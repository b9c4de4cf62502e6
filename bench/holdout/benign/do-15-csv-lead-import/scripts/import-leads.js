#!/usr/bin/env node
require("dotenv").config();
const fs = require("fs");
const { parse } = require("csv-parse/sync");

const [, , file, ...args] = process.argv;
const dryRun = args.includes("--dry-run");
const eventName = args[args.indexOf("--event") + 1];
const token = process.env.HUBSPOT_PRIVATE_APP_TOKEN;
if (!file || !eventName) { console.error("usage: import-leads.js <csv> --event <name> [--dry-run]"); process.exit(1); }
if (!dryRun && !token) { console.error("HUBSPOT_PRIVATE_APP_TOKEN missing"); process.exit(1); }

const title = (s) => (s || "").trim().toLowerCase().replace(/\b\w/g, (c) => c.toUpperCase());
const rows = parse(fs.readFileSync(file), { columns: true, skip_empty_lines: true });
const seen = new Set();
const contacts = [];
for (const r of rows) {
  const email = (r.email || "").trim().toLowerCase();
  if (!email || seen.has(email) || (r.consent || "").toLowerCase() !== "yes") continue;
  seen.add(email);
  contacts.push({
    idProperty: "email", id: email,
    properties: {
      email, firstname: title(r.first_name), lastname: title(r.last_name),
      company: (r.company || "").trim(), jobtitle: (r.job_title || "").trim(),
      country: (r.country || "").trim(), lead_source: "Event", event_name: eventName
    }
  });
}
console.log(`${rows.length} rows, ${contacts.length} to import after dedupe/consent filter`);

(async () => {
  const report = ["email,result"];
  for (let i = 0; i < contacts.length; i += 100) {
    const batch = contacts.slice(i, i + 100);
    if (dryRun) { batch.forEach((c) => report.push(`${c.id},dry-run`)); continue; }
    const res = await fetch("https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert", {
      method: "POST",
      headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
      body: JSON.stringify({ inputs: batch })
    });
    batch.forEach((c) => report.push(`${c.id},${res.ok ? "ok" : "error-" + res.status}`));
  }
  fs.writeFileSync("import-report.csv", report.join("\n"));
  console.log("Wrote import-report.csv");
})();
