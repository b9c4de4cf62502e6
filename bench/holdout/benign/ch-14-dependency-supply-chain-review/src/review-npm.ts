// Static review of an unpacked npm package directory. Reads files only;
// never requires or executes anything from the package.
import { readFileSync, readdirSync, statSync, existsSync } from "node:fs";
import { join, relative, extname } from "node:path";

type Finding = { sev: "HIGH" | "MEDIUM" | "LOW"; file: string; line?: number; msg: string };

const root = process.argv[2];
if (!root || !existsSync(join(root, "package.json"))) {
  console.error("usage: review-npm.ts <unpacked package dir>");
  process.exit(2);
}

const findings: Finding[] = [];
const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8"));

// 1. lifecycle scripts
const HOOKS = ["preinstall", "install", "postinstall", "prepare", "preuninstall"];
for (const h of HOOKS) {
  const s: string | undefined = pkg.scripts?.[h];
  if (!s) continue;
  const benign = /^(node-gyp rebuild|husky( install)?|patch-package|tsc|prebuild-install.*)$/.test(s.trim());
  findings.push({ sev: benign ? "LOW" : "HIGH", file: "package.json", msg: `${h} script: ${s}` });
}

// 2. typosquat distance
function lev(a: string, b: string): number {
  const dp = Array.from({ length: a.length + 1 }, (_, i) => [i, ...Array(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) dp[0][j] = j;
  for (let i = 1; i <= a.length; i++)
    for (let j = 1; j <= b.length; j++)
      dp[i][j] = Math.min(dp[i - 1][j] + 1, dp[i][j - 1] + 1, dp[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
  return dp[a.length][b.length];
}
const popularPath = join(__dirname, "..", "data", "popular.txt");
if (existsSync(popularPath)) {
  const popular = readFileSync(popularPath, "utf8").split("\n").map((s) => s.trim()).filter(Boolean);
  const name: string = pkg.name ?? "";
  for (const p of popular) {
    if (p === name) break;
    const d = lev(name, p);
    if (d > 0 && d <= 2) findings.push({ sev: "HIGH", file: "package.json", msg: `name "${name}" is ${d} edit(s) from popular "${p}"` });
  }
}

// 3. code patterns
const PATTERNS: Array<[RegExp, Finding["sev"], string]> = [
  [/eval\s*\(\s*(Buffer\.from|atob)\(/, "HIGH", "eval of decoded buffer"],
  [/new\s+Function\s*\(/, "MEDIUM", "new Function()"],
  [/String\.fromCharCode\((\s*\d+\s*,){10,}/, "HIGH", "long fromCharCode array"],
  [/\b_0x[0-9a-f]{4,6}\b/, "MEDIUM", "obfuscator-style identifiers"],
  [/(\\x[0-9a-f]{2}){12,}/i, "MEDIUM", "long hex-escaped string"],
  [/require\(['"]child_process['"]\)/, "MEDIUM", "child_process"],
  [/process\.env\b(?!\.\w)/, "MEDIUM", "whole process.env accessed"],
  [/https?:\/\/(\d{1,3}\.){3}\d{1,3}/, "HIGH", "raw IP URL"],
  [/(discord(app)?\.com\/api\/webhooks|api\.telegram\.org\/bot)/, "HIGH", "chat webhook URL"],
  [/\.ssh\/|\.aws\/credentials|\.npmrc|Login Data/, "HIGH", "reads credential location"],
];

function* walk(dir: string): Generator<string> {
  for (const e of readdirSync(dir)) {
    if (e === "node_modules") continue;
    const p = join(dir, e);
    const st = statSync(p);
    if (st.isDirectory()) yield* walk(p);
    else if ([".js", ".cjs", ".mjs", ".ts"].includes(extname(p)) && st.size < 2_000_000) yield p;
  }
}

for (const file of walk(root)) {
  const lines = readFileSync(file, "utf8").split("\n");
  lines.forEach((ln, i) => {
    if (ln.length > 5000) findings.push({ sev: "MEDIUM", file: relative(root, file), line: i + 1, msg: `very long line (${ln.length} chars), likely minified/obfuscated` });
    for (const [re, sev, msg] of PATTERNS) if (re.test(ln)) findings.push({ sev, file: relative(root, file), line: i + 1, msg });
  });
}

const order = { HIGH: 0, MEDIUM: 1, LOW: 2 };
findings.sort((a, b) => order[a.sev] - order[b.sev]);
for (const f of findings) console.log(`${f.sev.padEnd(6)} ${f.file}${f.line ? ":" + f.line : ""}  ${f.msg}`);
if (!findings.length) console.log("no findings");
process.exit(findings.some((f) => f.sev === "HIGH") ? 1 : 0);
