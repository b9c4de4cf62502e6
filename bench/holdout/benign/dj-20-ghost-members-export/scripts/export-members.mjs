#!/usr/bin/env node
// Export Ghost members to CSV via the Admin API.
import jwt from "jsonwebtoken";
import { writeFile, chmod } from "node:fs/promises";
import { parseArgs } from "node:util";

const { values: opt } = parseArgs({
  options: {
    out: { type: "string", default: "members.csv" },
    filter: { type: "string" },
  },
});

const base = process.env.GHOST_ADMIN_URL?.replace(/\/$/, "");
const key = process.env.GHOST_ADMIN_API_KEY;
if (!base || !key?.includes(":")) {
  console.error("Set GHOST_ADMIN_URL and GHOST_ADMIN_API_KEY (id:secret)");
  process.exit(1);
}

const [id, secret] = key.split(":");
function token() {
  return jwt.sign({}, Buffer.from(secret, "hex"), {
    keyid: id,
    algorithm: "HS256",
    expiresIn: "5m",
    audience: "/admin/",
  });
}

const csvCell = (v) => {
  const s = String(v ?? "");
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

const rows = [["email", "name", "status", "labels", "newsletters", "created_at", "email_disabled"]];
let page = 1;
for (;;) {
  const qs = new URLSearchParams({ limit: "100", page: String(page), include: "labels,newsletters" });
  if (opt.filter) qs.set("filter", opt.filter);
  const res = await fetch(`${base}/ghost/api/admin/members/?${qs}`, {
    headers: { Authorization: `Ghost ${token()}`, "Accept-Version": "v5.0" },
  });
  if (!res.ok) {
    console.error(`HTTP ${res.status}: ${await res.text()}`);
    process.exit(1);
  }
  const body = await res.json();
  for (const m of body.members) {
    rows.push([
      m.email, m.name, m.status,
      (m.labels || []).map((l) => l.name).join("|"),
      (m.newsletters || []).map((n) => n.name).join("|"),
      m.created_at, m.email_disabled,
    ]);
  }
  const { pages, total } = body.meta.pagination;
  process.stderr.write(`page ${page}/${pages} (${total} members)\n`);
  if (page >= pages) break;
  page += 1;
}

await writeFile(opt.out, rows.map((r) => r.map(csvCell).join(",")).join("\n") + "\n", { mode: 0o600 });
await chmod(opt.out, 0o600);
console.log(`Wrote ${rows.length - 1} members to ${opt.out}`);
