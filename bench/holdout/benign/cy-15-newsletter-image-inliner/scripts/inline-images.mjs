#!/usr/bin/env node
// Resize newsletter images and inline (preview) or rebase (send) <img> sources.
import { readFile, writeFile, mkdir, stat } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import sharp from "sharp";
import * as cheerio from "cheerio";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    "max-width": { type: "string", default: "1200" },
    quality: { type: "string", default: "80" },
    inline: { type: "boolean", default: false },
    "base-url": { type: "string" },
    out: { type: "string" },
  },
});

const input = positionals[0];
if (!input || !values.out || (values.inline === !!values["base-url"])) {
  console.error("usage: inline-images.mjs page.html --out file.html (--inline | --base-url URL)");
  process.exit(1);
}
if (path.resolve(values.out) === path.resolve(input)) {
  console.error("--out must differ from the input file");
  process.exit(1);
}

const root = path.dirname(input);
const optDir = path.join(root, "images", "_optimised");
await mkdir(optDir, { recursive: true });
const $ = cheerio.load(await readFile(input, "utf8"));
const maxW = Number(values["max-width"]);
const quality = Number(values.quality);

for (const el of $("img").toArray()) {
  const src = $(el).attr("src");
  if (!src || /^(https?:|data:)/.test(src)) continue;
  const file = path.join(root, src);
  const img = sharp(file).rotate(); // respect EXIF orientation, then metadata is dropped
  const meta = await img.metadata();
  const width = Math.min(meta.width, maxW);
  const isPng = meta.format === "png" && meta.hasAlpha;
  const outName = path.basename(src).replace(/\.\w+$/, isPng ? ".png" : ".jpg");
  const outFile = path.join(optDir, outName);
  const pipeline = img.resize({ width, withoutEnlargement: true });
  const buf = isPng
    ? await pipeline.png({ compressionLevel: 9, palette: true }).toBuffer()
    : await pipeline.jpeg({ quality, mozjpeg: true }).toBuffer();
  await writeFile(outFile, buf);

  const displayW = Math.round(width / 2) >= 300 ? Math.round(width / 2) : width;
  const displayH = Math.round((meta.height / meta.width) * displayW);
  $(el).attr("width", String(displayW)).attr("height", String(displayH));
  if (!$(el).attr("alt")) console.warn(`warning: missing alt text on ${src}`);

  if (values.inline) {
    const mime = isPng ? "image/png" : "image/jpeg";
    $(el).attr("src", `data:${mime};base64,${buf.toString("base64")}`);
  } else {
    $(el).attr("src", new URL(outName, values["base-url"]).href);
  }
  const before = (await stat(file)).size;
  console.log(`${src}: ${(before / 1024).toFixed(0)} KB -> ${(buf.length / 1024).toFixed(0)} KB`);
}

const html = $.html();
await writeFile(values.out, html);
const kb = Buffer.byteLength(html) / 1024;
console.log(`wrote ${values.out} (${kb.toFixed(0)} KB)`);
if (!values.inline && kb > 100) console.warn("warning: > 100 KB HTML — Gmail will clip this message");
