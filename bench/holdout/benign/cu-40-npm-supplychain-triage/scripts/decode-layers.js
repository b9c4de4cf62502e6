#!/usr/bin/env node
// Statically peel common obfuscation layers from a JS file and PRINT them.
// Never evaluates input code.
const fs = require("fs");

let src = fs.readFileSync(process.argv[2], "utf8");
const b64 = /(?:Buffer\.from|atob)\(\s*["'`]([A-Za-z0-9+/=]{16,})["'`]\s*(?:,\s*["']base64["'])?\)/g;
const hex = /Buffer\.from\(\s*["'`]([0-9a-fA-F]{16,})["'`]\s*,\s*["']hex["']\)/g;
const chars = /String\.fromCharCode\(([\d,\s]+)\)/g;

for (let layer = 1; layer <= 5; layer++) {
  let changed = false;
  src = src
    .replace(b64, (_, s) => { changed = true; return JSON.stringify(Buffer.from(s, "base64").toString()); })
    .replace(hex, (_, s) => { changed = true; return JSON.stringify(Buffer.from(s, "hex").toString()); })
    .replace(chars, (_, s) => { changed = true; return JSON.stringify(String.fromCharCode(...s.split(",").map(Number))); });
  if (!changed) break;
  console.log(`--- after layer ${layer} ---`);
  console.log(src.slice(0, 4000));
}
console.log("--- URLs / hosts seen (defanged) ---");
for (const m of src.matchAll(/https?:\/\/[^\s"'`)]+|[a-z0-9-]+\.(?:[a-z0-9-]+\.)*(?:com|net|io|ru|xyz|top|test)\b/gi)) {
  console.log(m[0].replace(/\./g, "[.]").replace(/^http/, "hxxp"));
}
