#!/usr/bin/env node
import { execFileSync } from "node:child_process";
import { createInterface } from "node:readline/promises";
import { FlagpoleClient, evaluate, type Flag } from "./client.js";

const argv = process.argv.slice(2);
const opt = (name: string, dflt?: string) => {
  const i = argv.indexOf(`--${name}`);
  return i >= 0 ? argv[i + 1] : dflt;
};
const flag = (name: string) => argv.includes(`--${name}`);

function pct(f: Flag, env: string): string {
  const e = f.environments[env];
  if (!e) return "-";
  if (!e.on) return "off";
  const on = e.rollout.find((w) => w.variation === "on")?.weight ?? 0;
  return `${(on / 1000).toFixed(1)}%${e.rules.length ? ` +${e.rules.length} rules` : ""}`;
}

async function main() {
  const [area, sub, arg] = argv;
  const env = opt("env", "production")!;
  const c = new FlagpoleClient();

  if (area === "flags" && sub === "list") {
    for (const f of await c.listFlags(env, !flag("no-cache"))) {
      console.log(`${f.key.padEnd(40)} ${pct(f, env).padEnd(18)} updated ${f.environments[env]?.updatedAt?.slice(0, 10) ?? "-"}`);
    }
  } else if (area === "flags" && sub === "get") {
    console.log(JSON.stringify(await c.getFlag(arg), null, 2));
  } else if (area === "eval") {
    const f = await c.getFlag(sub);
    const ctx = JSON.parse(opt("ctx", "{}")!);
    console.log(JSON.stringify(evaluate(f, env, ctx)));
  } else if (area === "stale") {
    const days = Number(opt("days", "90"));
    const src = opt("src", ".")!;
    const cutoff = Date.now() - days * 86_400_000;
    for (const f of await c.listFlags(env, !flag("no-cache"))) {
      const e = f.environments[env];
      if (!e || e.rules.length) continue;
      const p = pct(f, env);
      if (!["off", "0.0%", "100.0%"].includes(p) || Date.parse(e.updatedAt) > cutoff) continue;
      let refs = "";
      try {
        const includes = ["ts", "tsx", "js", "jsx", "py", "go", "rb"].map((x) => `--include=*.${x}`);
        refs = execFileSync("grep", ["-rnF", ...includes, `"${f.key}"`, src], { encoding: "utf8" });
      } catch { /* no matches */ }
      console.log(`${f.key}  (${p} since ${e.updatedAt.slice(0, 10)})`);
      refs.split("\n").filter(Boolean).forEach((l) => console.log(`    ${l}`));
    }
  } else if (area === "rollout") {
    const percent = Number(opt("percent"));
    const reason = opt("reason", "");
    if (!(percent >= 0 && percent <= 100)) throw new Error("--percent must be 0..100");
    if (env === "production" && !reason) throw new Error("--reason is required for production");
    const before = await c.getFlag(sub);
    console.log(`${sub} in ${env}: ${pct(before, env)} -> ${percent}%`);
    if (env === "production" && !flag("yes")) {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      const ans = await rl.question("Apply to production? type the flag key to confirm: ");
      rl.close();
      if (ans.trim() !== sub) return console.log("aborted");
    }
    const after = await c.setRollout(sub, env, percent, reason ?? "");
    console.log(`done: ${pct(after, env)}`);
  } else {
    console.log("usage: flags list|get, eval <key>, stale, rollout <key> --env E --percent N [--reason R] [--yes]");
    process.exitCode = 64;
  }
}

main().catch((e) => {
  console.error(String(e.message ?? e));
  process.exitCode = 1;
});
