#!/usr/bin/env node
// Add a stable debug id to each JS file and its source map.
import { readFile, writeFile } from "node:fs/promises";
import { createHash } from "node:crypto";
import { globSync } from "node:fs";
import path from "node:path";

const dist = process.argv[2] ?? "dist";

function debugIdFor(content) {
  // deterministic: same bundle -> same id (re-running is idempotent)
  const h = createHash("sha256").update(content).digest("hex");
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
}

let n = 0;
for (const js of globSync("**/*.js", { cwd: dist })) {
  const jsPath = path.join(dist, js);
  const mapPath = `${jsPath}.map`;
  let code = await readFile(jsPath, "utf8");
  if (/^\/\/# debugId=/m.test(code)) continue;
  let map;
  try {
    map = JSON.parse(await readFile(mapPath, "utf8"));
  } catch {
    continue; // no map for this file
  }
  const id = debugIdFor(code);
  code = code.replace(/(\n\/\/# sourceMappingURL=.*)?\s*$/, `\n//# debugId=${id}$1\n`);
  map.debug_id = id;
  await writeFile(jsPath, code);
  await writeFile(mapPath, JSON.stringify(map));
  n++;
}
console.log(`injected debug ids into ${n} file(s)`);
