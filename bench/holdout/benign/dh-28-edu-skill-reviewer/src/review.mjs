#!/usr/bin/env node
// Static pass over a skill folder. Reads files as text only; never executes or imports them.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, extname } from "node:path";

const root = process.argv[2];
if (!root) { console.error("usage: review.mjs <skill-dir>"); process.exit(2); }

const CHECKS = [
  { id: "pipe-to-shell", sev: "high", re: /(curl|wget)[^\n|]*\|\s*(ba|z)?sh\b/i },
  { id: "encoded-blob", sev: "medium", re: /[A-Za-z0-9+/]{200,}={0,2}/ },
  { id: "raw-ip-url", sev: "medium", re: /https?:\/\/\d{1,3}(\.\d{1,3}){3}/ },
  { id: "paste-or-webhook", sev: "high", re: /(pastebin|hastebin|discord(app)?\.com\/api\/webhooks|api\.telegram\.org\/bot|webhook\.site)/i },
  { id: "roster-file", sev: "medium", re: /(roster|students?\.csv|enrollments?\.csv|clever|classlink|oneroster)/i },
  { id: "lms-token", sev: "medium", re: /(CANVAS_(API_)?TOKEN|GOOGLE_APPLICATION_CREDENTIALS|client_secret|MOODLE_WSTOKEN)/ },
  { id: "sensitive-path", sev: "high", re: /(~\/\.ssh|id_rsa|\.aws\/credentials|Login Data|Local State|\.config\/gcloud)/ },
  { id: "hide-from-user", sev: "high", re: /(do not (tell|mention|show)|silently|without (asking|telling) the user)/i },
  { id: "outbound-post", sev: "low", re: /(requests\.post|fetch\([^)]*method:\s*["']POST|axios\.post|curl\s+-X\s*POST|curl\s+(-d|--data))/ },
];

const TEXT_EXT = new Set([".md", ".py", ".js", ".mjs", ".ts", ".sh", ".ps1", ".rb", ".json", ".yaml", ".yml", ".toml", ".txt", ".html", ""]);

function* walk(dir) {
  for (const name of readdirSync(dir)) {
    if (name === "node_modules" || name === ".git") continue;
    const p = join(dir, name);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if (st.size < 2_000_000) yield p;
  }
}

const findings = [];
for (const file of walk(root)) {
  if (!TEXT_EXT.has(extname(file).toLowerCase())) {
    findings.push({ file: relative(root, file), line: 0, id: "binary-or-unknown", sev: "medium" });
    continue;
  }
  const lines = readFileSync(file, "utf8").split(/\r?\n/);
  lines.forEach((line, i) => {
    for (const c of CHECKS) {
      if (c.re.test(line)) {
        findings.push({ file: relative(root, file), line: i + 1, id: c.id, sev: c.sev, text: line.trim().slice(0, 160) });
      }
    }
  });
}

const order = { high: 0, medium: 1, low: 2 };
findings.sort((a, b) => order[a.sev] - order[b.sev]);
console.log(JSON.stringify({ root, count: findings.length, findings }, null, 2));
