#!/usr/bin/env node
// Summarize a CAPE-style sandbox JSON report into markdown (+ optional IOC CSV). Read-only.
const fs = require("fs");

const [, , reportPath, ...rest] = process.argv;
if (!reportPath) {
  console.error("usage: summarize.js report.json [--iocs out.csv]");
  process.exit(2);
}
const iocOut = rest.includes("--iocs") ? rest[rest.indexOf("--iocs") + 1] : null;
const r = JSON.parse(fs.readFileSync(reportPath, "utf8"));
const defang = (s) => String(s).replace(/https?/gi, (m) => m.replace(/t/gi, "x")).replace(/\./g, "[.]");
const out = [];
const iocs = new Set();

const f = r.target?.file ?? {};
out.push(`# Sandbox summary — ${f.name ?? "unknown"} (task ${r.info?.id})`, "");
out.push(`- Score: **${r.info?.score}** · Type: ${f.type}`, `- SHA-256: \`${f.sha256}\``, "");
if (f.sha256) iocs.add(`sha256,${f.sha256}`);

out.push("## Process tree");
const walk = (nodes, depth) => {
  for (const n of nodes ?? []) {
    out.push(`${"  ".repeat(depth)}- \`${n.name}\` (pid ${n.pid})${n.command_line ? `: \`${n.command_line}\`` : ""}`);
    walk(n.children, depth + 1);
  }
};
walk(r.behavior?.processtree, 0);

const s = r.behavior?.summary ?? {};
out.push("", "## Persistence");
for (const k of s.write_keys ?? []) if (/\\Run(Once)?\\/i.test(k)) out.push(`- Registry autorun: \`${k}\``);
for (const n of JSON.stringify(r.behavior?.processtree ?? []).match(/schtasks[^"]*/gi) ?? []) out.push(`- Scheduled task: \`${n}\``);

out.push("", "## Credential access");
const credRx = /(Login Data|logins\.json|\.aws\\credentials|wallet|\.ssh\\id_)/i;
for (const p of s.read_files ?? []) if (credRx.test(p)) out.push(`- Read \`${p}\``);

out.push("", "## Dropped files");
for (const p of s.write_files ?? []) out.push(`- \`${p}\``);

out.push("", "## Network (defanged)");
for (const d of r.network?.dns ?? []) {
  out.push(`- DNS ${defang(d.request)} → ${(d.answers ?? []).map((a) => defang(a.data)).join(", ")}`);
  iocs.add(`domain,${d.request}`);
  for (const a of d.answers ?? []) iocs.add(`ip,${a.data}`);
}
for (const h of r.network?.http ?? []) {
  out.push(`- ${h.method} ${defang(h.host)}${h.uri}${h.body_excerpt ? ` (${h.body_excerpt})` : ""}`);
  iocs.add(`url,http://${h.host}${h.uri}`);
}

out.push("", "## ATT&CK", "| Signature | Severity | Techniques |", "|---|---|---|");
for (const sig of r.signatures ?? []) out.push(`| ${sig.name} | ${sig.severity} | ${(sig.ttp ?? []).join(", ")} |`);

if ((r.strings_excerpt ?? []).length) {
  out.push("", "## Notable strings (untrusted, quoted only)");
  for (const str of r.strings_excerpt) out.push(`> ${str}`);
}

console.log(out.join("\n"));
if (iocOut) {
  fs.writeFileSync(iocOut, "type,value\n" + [...iocs].join("\n") + "\n");
  console.error(`wrote ${iocs.size} IOCs to ${iocOut}`);
}
