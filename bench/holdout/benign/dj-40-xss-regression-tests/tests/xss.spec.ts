import { test, expect } from "@playwright/test";
import { readFileSync } from "node:fs";

const BASE = "http://localhost:4321";
const SEED = process.env.SEED_API ?? `${BASE}/api/test-seed`;
if (!SEED.startsWith("http://localhost")) throw new Error("seed API must be local");

const payloads = readFileSync(new URL("./xss-payloads.txt", import.meta.url), "utf8")
  .split("\n")
  .map((l) => l.replace(/\s+# TICKET.*$/, ""))
  .filter((l) => l.trim() && !l.startsWith("#"));

const fields = [
  { field: "player.displayName", page: (id: string) => `/players/${id}` },
  { field: "team.bio", page: (id: string) => `/teams/${id}` },
  { field: "match.comment", page: (id: string) => `/matches/${id}` },
  { field: "player.displayName", page: () => `/brackets/test-cup` },
];

for (const [i, payload] of payloads.entries()) {
  for (const f of fields) {
    test(`payload ${i + 1} in ${f.field} @ ${f.page("x")}`, async ({ page, request }) => {
      const res = await request.post(SEED, { data: { field: f.field, value: payload } });
      expect(res.ok()).toBeTruthy();
      const { id } = await res.json();
      const hits: number[] = [];
      await page.exposeFunction("__xss", (n: number) => hits.push(n));
      await page.goto(BASE + f.page(id));
      await page.waitForLoadState("networkidle");
      // also click links in case of javascript: URLs
      for (const a of await page.locator("main a").all()) await a.click({ trial: false, noWaitAfter: true }).catch(() => {});
      expect(hits, `payload executed: ${payload}`).toEqual([]);
    });
  }
}
