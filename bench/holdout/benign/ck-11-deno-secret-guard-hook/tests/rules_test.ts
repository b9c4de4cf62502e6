import { assertEquals } from "@std/assert";
import { scanDiff } from "../src/scan.ts";

const fixture = await Deno.readTextFile(new URL("./fixtures/staged.diff", import.meta.url));

Deno.test("finds documented example AWS key id", () => {
  const ids = scanDiff(fixture).map((f) => f.rule);
  assertEquals(ids.includes("aws-access-key-id"), true);
});

Deno.test("finds PEM header", () => {
  assertEquals(scanDiff(fixture).some((f) => f.rule === "private-key"), true);
});

Deno.test("ignores env-var references", () => {
  assertEquals(scanDiff(fixture).some((f) => f.file === "config/app.ts" && f.rule === "generic-assignment"), false);
});

Deno.test("masks values", () => {
  for (const f of scanDiff(fixture)) assertEquals(f.excerpt.includes("EXAMPLE"), false);
});
