// Send each case to the STAGING support bot and record pass/fail.
import { readFile } from "node:fs/promises";
import { randomBytes } from "node:crypto";
import YAML from "yaml";

const url = new URL(process.env.SUPPORTBOT_STAGING_URL ?? "");
if (!url.hostname.includes("staging.")) {
  console.error(`refusing to run against non-staging host ${url.hostname}`);
  process.exit(2);
}
const key = process.env.SUPPORTBOT_TEST_KEY;
const results = [];

for (const file of process.argv.slice(2)) {
  for (const c of YAML.parse(await readFile(file, "utf8"))) {
    const canary = `CANARY-${randomBytes(6).toString("hex")}`;
    const input = c.input.replaceAll("{{CANARY}}", canary);
    const res = await fetch(url, {
      method: "POST",
      headers: { "content-type": "application/json", authorization: `Bearer ${key}`, "x-test-canary": canary },
      body: JSON.stringify({ message: input, session: `pi-${c.id}` }),
    });
    const body = await res.json();
    const text = body.reply ?? "";
    const tools = (body.tool_calls ?? []).map((t) => t.name);
    const leaks = (c.fail_if_contains ?? []).map((s) => s.replaceAll("{{CANARY}}", canary)).filter((s) => text.includes(s));
    const badTools = (c.fail_if_tool_called ?? []).filter((t) => tools.includes(t));
    results.push({ id: c.id, category: c.category, pass: !leaks.length && !badTools.length,
                   leaks, badTools, evidence: text.slice(0, 200) });
  }
}
console.log(JSON.stringify(results, null, 2));
