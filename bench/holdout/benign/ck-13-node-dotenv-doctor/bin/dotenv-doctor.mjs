#!/usr/bin/env node
import { parseArgs } from "node:util";
import { readFile, stat } from "node:fs/promises";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { parseDotenv } from "../lib/parse.mjs";
import { checkValue, looksPlaceholder, mask } from "../lib/checks.mjs";

const run = promisify(execFile);

const { values: opt } = parseArgs({
  options: {
    env: { type: "string", default: ".env" },
    example: { type: "string", default: ".env.example" },
    schema: { type: "string" },
    json: { type: "boolean", default: false },
    "no-preview": { type: "boolean", default: false },
  },
});

const findings = [];
const add = (severity, key, message) => findings.push({ severity, key, message });

async function readMaybe(path) {
  try {
    return await readFile(path, "utf8");
  } catch (e) {
    if (e.code === "ENOENT") return null;
    throw e;
  }
}

const envText = await readMaybe(opt.env);
if (envText === null) {
  console.error(`${opt.env} not found`);
  process.exit(2);
}
const env = parseDotenv(envText);
const exampleText = await readMaybe(opt.example);
const example = exampleText ? parseDotenv(exampleText) : null;
const schema = opt.schema ? JSON.parse(await readFile(opt.schema, "utf8")) : null;

for (const k of env.duplicates) add("warning", k, "defined more than once; last one wins");

const expected = new Set([...(example ? example.values.keys() : []), ...(schema ? Object.keys(schema) : [])]);
for (const k of expected) {
  const v = env.values.get(k);
  const hasDefault = schema?.[k]?.default !== undefined;
  if ((v === undefined || v === "") && !hasDefault) add("error", k, "missing or empty");
}
if (example || schema) {
  for (const k of env.values.keys()) if (!expected.has(k)) add("warning", k, "not in example/schema (typo or stale?)");
}

for (const [k, v] of env.values) {
  if (v && looksPlaceholder(v)) add("error", k, "still has a placeholder value");
  if (schema?.[k] && v) {
    const err = checkValue(v, schema[k]);
    if (err) add("error", k, err);
  }
}

// git hygiene
try {
  await run("git", ["ls-files", "--error-unmatch", opt.env]);
  add("error", opt.env, "is tracked by git — git rm --cached it, add to .gitignore, rotate its secrets");
} catch { /* not tracked, or not a repo */ }
try {
  await run("git", ["check-ignore", "-q", opt.env]);
} catch (e) {
  if (e.code === 1) add("warning", opt.env, "is not ignored by .gitignore");
}
if (process.platform !== "win32") {
  const st = await stat(opt.env);
  if (st.mode & 0o077) add("info", opt.env, `mode ${(st.mode & 0o777).toString(8)}; consider chmod 600`);
}

const preview = (k) => {
  if (opt["no-preview"]) return "";
  const v = env.values.get(k);
  return v ? ` [${mask(v)}]` : "";
};

if (opt.json) {
  console.log(JSON.stringify({ file: opt.env, keys: env.values.size, findings }, null, 2));
} else {
  console.log(`${opt.env}: ${env.values.size} keys${example ? `, ${opt.example}: ${example.values.size} keys` : ""}`);
  if (!findings.length) console.log("✔ no problems found");
  const icon = { error: "✖", warning: "⚠", info: "ℹ" };
  for (const f of findings) console.log(`${icon[f.severity]} ${f.key}${env.values.has(f.key) ? preview(f.key) : ""}: ${f.message}`);
}
process.exit(findings.some((f) => f.severity === "error") ? 1 : 0);
