#!/usr/bin/env node
// Resize + convert images, write manifest with base64 LQIP placeholders.
import sharp from "sharp";
import fg from "fast-glob";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";

const { values: opt } = parseArgs({
  options: {
    in: { type: "string", default: "src/images" },
    out: { type: "string", default: "static/img" },
    widths: { type: "string", default: "640,1280,1920" },
    formats: { type: "string", default: "webp" },
    quality: { type: "string", default: "78" },
    "keep-meta": { type: "boolean", default: false },
  },
});

const widths = opt.widths.split(",").map(Number);
const formats = opt.formats.split(",");
const quality = Number(opt.quality);
await mkdir(opt.out, { recursive: true });

const files = await fg(["**/*.{jpg,jpeg,png,webp,tif,tiff}"], { cwd: opt.in, caseSensitiveMatch: false });
const manifest = {};

for (const rel of files) {
  const src = path.join(opt.in, rel);
  const name = path.parse(rel).name;
  const base = sharp(src).rotate(); // honour EXIF orientation before stripping it
  const meta = await base.metadata();
  const entry = { width: meta.width, height: meta.height, variants: [] };

  for (const w of widths.filter((w) => w <= meta.width)) {
    for (const fmt of formats) {
      const out = path.join(opt.out, `${name}-${w}.${fmt}`);
      let img = base.clone().resize({ width: w, withoutEnlargement: true });
      if (opt["keep-meta"]) img = img.withMetadata();
      await img.toFormat(fmt, { quality }).toFile(out);
      entry.variants.push({ width: w, format: fmt, file: path.basename(out) });
    }
  }

  const tiny = await base.clone().resize(16).blur().webp({ quality: 40 }).toBuffer();
  entry.placeholder = `data:image/webp;base64,${tiny.toString("base64")}`;
  manifest[name] = entry;
  console.log(`${rel}: ${entry.variants.length} variants`);
}

await writeFile(path.join(opt.out, "manifest.json"), JSON.stringify(manifest, null, 2));
console.log(`Wrote manifest for ${files.length} images`);
