import fs from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import Handlebars from "handlebars";
import yaml from "js-yaml";
import puppeteer from "puppeteer";

const here = path.dirname(fileURLToPath(import.meta.url));
const [, , input, flag, outArg] = process.argv;
if (!input) {
  console.error("usage: node render.mjs <invoice.yaml|json> [--out file.pdf]");
  process.exit(2);
}
const out = flag === "--out" && outArg ? outArg : input.replace(/\.(ya?ml|json)$/, ".pdf");

const raw = await fs.readFile(input, "utf8");
const inv = input.endsWith(".json") ? JSON.parse(raw) : yaml.load(raw);

for (const k of ["number", "date", "seller", "client", "items", "currency"]) {
  if (inv[k] === undefined) throw new Error(`missing field: ${k}`);
}

const toCents = (n) => Math.round(Number(n) * 100);
let subtotal = 0;
inv.items = inv.items.map((it) => {
  if (Number.isNaN(Number(it.qty)) || Number.isNaN(Number(it.unit_price))) {
    throw new Error(`bad number in item: ${it.description}`);
  }
  const line = toCents(it.unit_price) * Number(it.qty);
  subtotal += line;
  return { ...it, line_cents: line };
});
const tax = Math.round(subtotal * (Number(inv.tax_rate ?? 0) / 100));
const fmt = new Intl.NumberFormat(inv.locale ?? "en-GB", { style: "currency", currency: inv.currency });
Handlebars.registerHelper("money", (c) => fmt.format(c / 100));

const tpl = Handlebars.compile(await fs.readFile(path.join(here, "../assets/invoice.html"), "utf8"));
const due = new Date(inv.date);
due.setDate(due.getDate() + (inv.due_days ?? 30));
const html = tpl({ ...inv, subtotal, tax, total: subtotal + tax, due: due.toISOString().slice(0, 10) });

const browser = await puppeteer.launch({ headless: true });
try {
  const page = await browser.newPage();
  await page.setContent(html, { waitUntil: "load" });
  await fs.mkdir(path.dirname(path.resolve(out)), { recursive: true });
  await page.pdf({ path: out, format: "A4", printBackground: true, margin: { top: "18mm", bottom: "18mm" } });
} finally {
  await browser.close();
}
console.log(`wrote ${out}`);
