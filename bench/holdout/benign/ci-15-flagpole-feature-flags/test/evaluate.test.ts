import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { evaluate, bucketOf, type Flag } from "../src/client.js";

const flags: Flag[] = JSON.parse(readFileSync(new URL("../fixtures/flags.json", import.meta.url), "utf8"));
const checkout = flags[0];

test("rule match wins over rollout", () => {
  assert.deepEqual(evaluate(checkout, "production", { userId: "u_1", country: "DE" }), { variation: "on", reason: "RULE_MATCH#0" });
});

test("rollout is deterministic per user", () => {
  const a = evaluate(checkout, "production", { userId: "u_42", country: "FR" });
  const b = evaluate(checkout, "production", { userId: "u_42", country: "FR" });
  assert.deepEqual(a, b);
  assert.equal(a.reason, "ROLLOUT");
});

test("bucket distribution roughly matches weight", () => {
  let on = 0;
  for (let i = 0; i < 20000; i++) if (bucketOf(`new-checkout-flow.u_${i}`) < 25000) on++;
  assert.ok(on > 4600 && on < 5400, `got ${on}`);
});

test("unknown env", () => {
  assert.equal(evaluate(checkout, "qa", {}).reason, "ENV_NOT_FOUND");
});
