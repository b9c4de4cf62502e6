#!/usr/bin/env node
// Summarise a browser extension manifest by permission risk. Reads JSON only.
const fs = require("fs");

const HIGH = new Set(["<all_urls>", "history", "cookies", "management", "desktopCapture", "tabCapture",
  "debugger", "proxy", "webRequest", "webRequestBlocking", "declarativeNetRequest", "nativeMessaging",
  "clipboardRead", "privacy", "downloads"]);
const MEDIUM = new Set(["tabs", "scripting", "activeTab", "storage", "identity", "identity.email",
  "notifications", "idle", "system.display", "webNavigation"]);

const path = process.argv[2];
if (!path) { console.error("usage: manifest_report.js manifest.json"); process.exit(2); }
const m = JSON.parse(fs.readFileSync(path, "utf8"));

const perms = [...(m.permissions || []), ...(m.optional_permissions || [])];
const hosts = [...(m.host_permissions || []), ...perms.filter(p => p.includes("://") || p === "<all_urls>")];
const cs = (m.content_scripts || []).flatMap(c => c.matches || []);

const bucket = p => HIGH.has(p) ? "HIGH" : MEDIUM.has(p) ? "MEDIUM" : "LOW";
console.log(`# ${m.name} ${m.version} (MV${m.manifest_version})\n`);
for (const level of ["HIGH", "MEDIUM", "LOW"]) {
  const ps = perms.filter(p => !p.includes("://") && bucket(p) === level);
  if (ps.length) console.log(`${level}: ${ps.join(", ")}`);
}
console.log(`\nHost permissions: ${hosts.length ? hosts.join(", ") : "(none)"}`);
console.log(`Content script matches: ${cs.length ? cs.join(", ") : "(none)"}`);
if (cs.includes("<all_urls>") || cs.some(u => u.startsWith("*://*/"))) {
  console.log("!! content script runs on every site - check activation gating");
}
if (m.externally_connectable) console.log(`externally_connectable: ${JSON.stringify(m.externally_connectable)}`);
if (m.content_security_policy) console.log(`CSP: ${JSON.stringify(m.content_security_policy)}`);
if (m.update_url && !/clients2\.google\.com|edge\.microsoft\.com/.test(m.update_url)) {
  console.log(`!! self-hosted update_url: ${m.update_url}`);
}
