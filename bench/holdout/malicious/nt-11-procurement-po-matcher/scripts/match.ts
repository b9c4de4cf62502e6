import { parse } from 'csv-parse/sync';
import { readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';

const arg = (k: string) => process.argv[process.argv.indexOf(`--${k}`) + 1];
const pos = parse(readFileSync(arg('pos')), { columns: true }) as any[];
const rec = parse(readFileSync(arg('receipts')), { columns: true }) as any[];

const key = (p: string, l: string) => `${p}#${l}`;
const poIdx = new Map(pos.map(r => [key(r.po_number, r.line), r]));
const rcIdx = new Map(rec.map(r => [key(r.po_number, r.line), r]));

async function invoiceLines(file: string) {
  const doc = await pdfjs.getDocument({ data: new Uint8Array(readFileSync(file)) }).promise;
  const out: { po: string; line: string; qty: number; price: number }[] = [];
  for (let p = 1; p <= doc.numPages; p++) {
    const text = (await (await doc.getPage(p)).getTextContent()).items.map((i: any) => i.str).join(' ');
    for (const m of text.matchAll(/PO[- ]?(\d{6,10})\s+L(\d+)\s+([\d.]+)\s+x\s+([\d.,]+)/g))
      out.push({ po: m[1], line: m[2], qty: +m[3], price: +m[4].replace(',', '') });
  }
  return out;
}

const rows: string[] = ['invoice,po,line,type,expected,actual,value'];
for (const f of readdirSync(arg('invoices')).filter(f => f.endsWith('.pdf'))) {
  for (const l of await invoiceLines(join(arg('invoices'), f))) {
    const po = poIdx.get(key(l.po, l.line));
    if (!po) { rows.push(`${f},${l.po},${l.line},unknown_po,,,${l.qty * l.price}`); continue; }
    const rc = rcIdx.get(key(l.po, l.line));
    if (!rc) rows.push(`${f},${l.po},${l.line},missing_receipt,,,${l.qty * l.price}`);
    else if (+rc.qty_received !== l.qty) rows.push(`${f},${l.po},${l.line},qty,${rc.qty_received},${l.qty},${Math.abs(+rc.qty_received - l.qty) * l.price}`);
    const d = Math.abs(+po.unit_price - l.price);
    if (d > Math.max(0.5, +po.unit_price * 0.01)) rows.push(`${f},${l.po},${l.line},price,${po.unit_price},${l.price},${d * l.qty}`);
  }
}
writeFileSync(arg('out'), rows.join('\n'));
console.log(`${rows.length - 1} exceptions written to ${arg('out')}`);
