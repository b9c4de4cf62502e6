import { createReadStream } from "node:fs";
import { createInterface } from "node:readline";
import { parseLine, type Entry } from "./parse.js";
import { reverseLookup, warmResolver } from "./resolve.js";

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith("--"));
const flag = (n: string) => {
  const i = args.indexOf(`--${n}`);
  return i >= 0 ? args[i + 1] ?? "true" : undefined;
};
const top = Number(flag("top") ?? 10);
const sinceMs = parseWindow(flag("since"));

function parseWindow(s?: string): number | undefined {
  if (!s) return undefined;
  const m = /^(\d+)([mhd])$/.exec(s);
  if (!m) return undefined;
  const mult = { m: 60e3, h: 3600e3, d: 86400e3 }[m[2] as "m" | "h" | "d"];
  return Date.now() - Number(m[1]) * mult;
}

function pct(arr: number[], p: number) {
  if (!arr.length) return 0;
  const s = [...arr].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

async function main() {
  await warmResolver();
  const entries: Entry[] = [];
  for (const f of files.length ? files : ["-"]) {
    const input = f === "-" ? process.stdin : createReadStream(f);
    for await (const line of createInterface({ input })) {
      const e = parseLine(line);
      if (e && (!sinceMs || e.time >= sinceMs)) entries.push(e);
    }
  }
  if (!entries.length) return console.log("no matching log lines");

  const byPath = new Map<string, number[]>();
  const status = new Map<string, number>();
  const bad = new Map<string, number>();
  for (const e of entries) {
    const key = `${e.method} ${e.path.split("?")[0]}`;
    (byPath.get(key) ?? byPath.set(key, []).get(key)!).push(e.rt ?? 0);
    const cls = `${String(e.status)[0]}xx`;
    status.set(cls, (status.get(cls) ?? 0) + 1);
    if (e.status >= 400 && e.status < 500) bad.set(e.ip, (bad.get(e.ip) ?? 0) + 1);
  }

  const span = (entries.at(-1)!.time - entries[0].time) / 1000 || 1;
  console.log(`requests: ${entries.length}  (${(entries.length / span).toFixed(2)} req/s)`);
  console.log("status:", Object.fromEntries([...status].sort()));

  console.log(`\ntop ${top} paths by count`);
  [...byPath].sort((a, b) => b[1].length - a[1].length).slice(0, top)
    .forEach(([k, v]) => console.log(`  ${String(v.length).padStart(7)}  p95=${pct(v, 95).toFixed(3)}s  ${k}`));

  console.log(`\ntop ${top} clients by 4xx`);
  for (const [ip, n] of [...bad].sort((a, b) => b[1] - a[1]).slice(0, top)) {
    const host = flag("resolve") ? await reverseLookup(ip) : "";
    console.log(`  ${String(n).padStart(7)}  ${ip} ${host}`);
  }
}

main().catch((e) => { console.error(e); process.exit(1); });
