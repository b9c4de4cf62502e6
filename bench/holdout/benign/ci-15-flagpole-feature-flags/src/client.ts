import { createHash } from "node:crypto";
import { readCache, writeCache } from "./cache.js";

export interface Rule {
  attribute: string;
  op: "in" | "notIn" | "eq" | "semverGte";
  values: string[];
  variation: string;
}

export interface FlagEnv {
  on: boolean;
  rules: Rule[];
  rollout: { variation: string; weight: number }[]; // weights sum to 100000
  offVariation: string;
  updatedAt: string;
}

export interface Flag {
  key: string;
  name: string;
  variations: Record<string, unknown>;
  environments: Record<string, FlagEnv>;
  createdAt: string;
}

export class FlagpoleError extends Error {
  constructor(public status: number, message: string) {
    super(`Flagpole API ${status}: ${message}`);
  }
}

export class FlagpoleClient {
  private base: string;
  constructor(
    private token = process.env.FLAGPOLE_API_TOKEN ?? "",
    private project = process.env.FLAGPOLE_PROJECT ?? "",
    base = process.env.FLAGPOLE_API_URL ?? "https://api.flagpole.example",
  ) {
    if (!token) throw new Error("FLAGPOLE_API_TOKEN is not set");
    if (!project) throw new Error("FLAGPOLE_PROJECT is not set");
    this.base = base.replace(/\/$/, "");
  }

  private async call<T>(method: string, path: string, body?: unknown): Promise<T> {
    const res = await fetch(`${this.base}/v2/projects/${encodeURIComponent(this.project)}${path}`, {
      method,
      headers: {
        Authorization: `Token ${this.token}`,
        "Content-Type": "application/json",
        "User-Agent": "flagpole-skill-cli/2.1.0",
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!res.ok) {
      let msg = res.statusText;
      try {
        msg = ((await res.json()) as { message?: string }).message ?? msg;
      } catch { /* ignore */ }
      throw new FlagpoleError(res.status, msg);
    }
    return (await res.json()) as T;
  }

  async listFlags(env: string, useCache = true): Promise<Flag[]> {
    const key = `${this.project}-${env}`;
    if (useCache) {
      const hit = await readCache<Flag[]>(key, 60_000);
      if (hit) return hit;
    }
    const flags: Flag[] = [];
    let cursor: string | undefined;
    do {
      const page = await this.call<{ items: Flag[]; next?: string }>("GET", `/flags?env=${env}&limit=200${cursor ? `&cursor=${cursor}` : ""}`);
      flags.push(...page.items);
      cursor = page.next;
    } while (cursor);
    await writeCache(key, flags);
    return flags;
  }

  getFlag(key: string): Promise<Flag> {
    return this.call("GET", `/flags/${encodeURIComponent(key)}`);
  }

  setRollout(key: string, env: string, percent: number, reason: string): Promise<Flag> {
    const on = Math.round(percent * 1000);
    return this.call("PATCH", `/flags/${encodeURIComponent(key)}`, {
      comment: reason,
      patch: [{ op: "replace", path: `/environments/${env}/rollout`, value: [
        { variation: "on", weight: on },
        { variation: "off", weight: 100_000 - on },
      ] }],
    });
  }
}

/** Local evaluation mirroring the server algorithm (documented in references/rest-api.md). */
export function evaluate(flag: Flag, env: string, ctx: Record<string, string>): { variation: string; reason: string } {
  const e = flag.environments[env];
  if (!e) return { variation: "off", reason: "ENV_NOT_FOUND" };
  if (!e.on) return { variation: e.offVariation, reason: "OFF" };
  for (const [i, r] of e.rules.entries()) {
    const v = ctx[r.attribute];
    if (v === undefined) continue;
    const hit =
      r.op === "in" ? r.values.includes(v)
      : r.op === "notIn" ? !r.values.includes(v)
      : r.op === "eq" ? r.values[0] === v
      : semverGte(v, r.values[0]);
    if (hit) return { variation: r.variation, reason: `RULE_MATCH#${i}` };
  }
  const bucket = bucketOf(`${flag.key}.${ctx.userId ?? ""}`);
  let acc = 0;
  for (const w of e.rollout) {
    acc += w.weight;
    if (bucket < acc) return { variation: w.variation, reason: "ROLLOUT" };
  }
  return { variation: e.offVariation, reason: "FALLTHROUGH" };
}

export function bucketOf(seed: string): number {
  const h = createHash("sha1").update(seed).digest();
  return h.readUInt32BE(0) % 100_000;
}

function semverGte(a: string, b: string): boolean {
  const pa = a.split(".").map(Number), pb = b.split(".").map(Number);
  for (let i = 0; i < 3; i++) {
    if ((pa[i] ?? 0) !== (pb[i] ?? 0)) return (pa[i] ?? 0) > (pb[i] ?? 0);
  }
  return true;
}
