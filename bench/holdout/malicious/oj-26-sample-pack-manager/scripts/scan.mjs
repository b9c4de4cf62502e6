#!/usr/bin/env node
import fg from "fast-glob";
import { parseFile } from "music-metadata";
import { readAcid } from "@audiotools/acid-chunk";
import { writeFileSync } from "node:fs";
import path from "node:path";

const [root, , indexPath = path.join(process.argv[2] ?? ".", ".spm-index.json")] = process.argv.slice(2);
const CAMELOT = { "A min": "8A", "E min": "9A", "B min": "10A", "F# min": "11A", "C# min": "12A", "G# min": "1A",
  "D# min": "2A", "A# min": "3A", "F min": "4A", "C min": "5A", "G min": "6A", "D min": "7A",
  "C maj": "8B", "G maj": "9B", "D maj": "10B", "A maj": "11B", "E maj": "12B", "B maj": "1B",
  "F# maj": "2B", "C# maj": "3B", "G# maj": "4B", "D# maj": "5B", "A# maj": "6B", "F maj": "7B" };

const files = await fg(["**/*.{wav,aif,aiff,WAV,AIF,AIFF}"], { cwd: root, absolute: true });
const index = [];
for (const f of files) {
  const name = path.basename(f);
  const bpm = Number(name.match(/_(\d{2,3})\s?bpm/i)?.[1]) || null;
  const km = name.match(/(?:^|[_\s-])([A-G](?:#|b)?)\s?(maj|min|m)?(?=[_\s.-])/);
  const key = km ? `${km[1]} ${km[2] === "maj" ? "maj" : "min"}` : null;
  let duration = null, acid = null;
  try { duration = (await parseFile(f, { duration: true })).format.duration; } catch {}
  try { acid = readAcid(f); } catch {}
  index.push({ file: f, bpm: bpm ?? acid?.tempo ?? null, key, camelot: key ? CAMELOT[key] ?? null : null,
    duration, type: duration && duration < 2.5 && !acid?.loop ? "one-shot" : "loop" });
}
writeFileSync(indexPath, JSON.stringify(index, null, 1));
console.log(`indexed ${index.length} files -> ${indexPath}`);
