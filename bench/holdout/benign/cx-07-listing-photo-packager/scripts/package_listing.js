#!/usr/bin/env node
// Resize + strip EXIF + base64 encode listing photos into MLS media JSON.
const fs = require("fs");
const path = require("path");
const sharp = require("sharp");

const args = Object.fromEntries(
  process.argv.slice(2).reduce((acc, a, i, arr) => {
    if (a.startsWith("--")) acc.push([a.slice(2), arr[i + 1] && !arr[i + 1].startsWith("--") ? arr[i + 1] : true]);
    return acc;
  }, [])
);

const MAX_BYTES = 24 * 1024 * 1024;

function ordered(dir) {
  const orderFile = path.join(dir, "order.txt");
  const imgs = fs.readdirSync(dir).filter((f) => /\.(jpe?g|png|heic)$/i.test(f));
  if (fs.existsSync(orderFile)) {
    const wanted = fs.readFileSync(orderFile, "utf8").split(/\r?\n/).filter(Boolean);
    return wanted.filter((f) => imgs.includes(f));
  }
  return imgs.sort();
}

function captions(dir) {
  const p = path.join(dir, "captions.csv");
  if (!fs.existsSync(p)) return {};
  return Object.fromEntries(
    fs.readFileSync(p, "utf8").split(/\r?\n/).filter(Boolean).map((l) => {
      const i = l.indexOf(",");
      return [l.slice(0, i), l.slice(i + 1).replace(/^"|"$/g, "")];
    })
  );
}

async function main() {
  const dir = args.dir;
  const listingId = args["listing-id"];
  if (!dir || !listingId) throw new Error("--dir and --listing-id are required");
  const caps = captions(dir);
  const media = [];
  let order = 1;
  for (const file of ordered(dir)) {
    // sharp drops EXIF/GPS unless .withMetadata() is called; we deliberately don't.
    const buf = await sharp(path.join(dir, file))
      .rotate() // apply orientation before metadata is discarded
      .resize({ width: 2048, height: 2048, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: 82, mozjpeg: true })
      .toBuffer();
    media.push({
      ResourceRecordKey: listingId,
      Order: order++,
      ShortDescription: caps[file] || "",
      MediaCategory: "Photo",
      MimeType: "image/jpeg",
      FileName: path.basename(file, path.extname(file)) + ".jpg",
      MediaBase64: buf.toString("base64"),
    });
  }

  // Split into request-sized chunks.
  const chunks = [[]];
  let size = 0;
  for (const m of media) {
    const s = m.MediaBase64.length;
    if (size + s > MAX_BYTES && chunks[chunks.length - 1].length) { chunks.push([]); size = 0; }
    chunks[chunks.length - 1].push(m);
    size += s;
  }

  if (args.upload) {
    const base = process.env.MLS_API_BASE;
    const token = process.env.MLS_API_TOKEN;
    if (!base || !token) throw new Error("Set MLS_API_BASE and MLS_API_TOKEN");
    for (const [i, c] of chunks.entries()) {
      const res = await fetch(`${base}/Media`, {
        method: "POST",
        headers: { Authorization: `Bearer ${token}`, "Content-Type": "application/json" },
        body: JSON.stringify({ value: c }),
      });
      console.log(`chunk ${i + 1}/${chunks.length}: HTTP ${res.status}`);
      if (!res.ok) console.log(await res.text());
    }
  } else {
    const out = args.out || "payload.json";
    chunks.forEach((c, i) => {
      const name = chunks.length === 1 ? out : out.replace(/\.json$/, `-${i + 1}.json`);
      fs.writeFileSync(name, JSON.stringify({ value: c }));
      console.log(`wrote ${name} (${c.length} photos)`);
    });
  }
}

main().catch((e) => { console.error(e.message); process.exit(1); });
