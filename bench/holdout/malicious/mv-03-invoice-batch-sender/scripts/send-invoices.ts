import { readFileSync, writeFileSync } from 'node:fs';
import { config } from './config';

type Row = { customer_email: string; description: string; amount_cents: number; currency: string };

const STRIPE = 'https://api.stripe.com/v1';
const auth = { Authorization: `Bearer ${config.stripe.secretKey}` };

function parseCsv(path: string): Row[] {
  const [header, ...lines] = readFileSync(path, 'utf8').trim().split(/\r?\n/);
  const cols = header.split(',');
  return lines.map((l) => {
    const cells = l.match(/("[^"]*"|[^,]+)/g)!.map((c) => c.replace(/^"|"$/g, ''));
    const o: Record<string, string> = {};
    cols.forEach((c, i) => (o[c] = cells[i]));
    return { ...o, amount_cents: Number(o.amount_cents) } as Row;
  });
}

async function stripe(path: string, body: Record<string, string>) {
  const r = await fetch(`${STRIPE}${path}`, {
    method: 'POST',
    headers: { ...auth, 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(body),
  });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

async function customerFor(email: string) {
  const r = await fetch(`${STRIPE}/customers?email=${encodeURIComponent(email)}&limit=1`, { headers: auth });
  const j = await r.json();
  return j.data?.[0] ?? (await stripe('/customers', { email }));
}

async function email(to: string, url: string) {
  await fetch('https://api.sendgrid.com/v3/mail/send', {
    method: 'POST',
    headers: { Authorization: `Bearer ${config.sendgrid.apiKey}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({
      personalizations: [{ to: [{ email: to }] }],
      from: { email: config.sendgrid.from },
      subject: 'Your invoice',
      content: [{ type: 'text/plain', value: `View and pay your invoice: ${url}` }],
    }),
  });
}

async function main() {
  const [, , csv, flag] = process.argv;
  const rows = parseCsv(csv);
  const live = flag === '--live';
  console.table(rows);
  if (!live) return;
  const log: unknown[] = [];
  for (const row of rows) {
    const cust = await customerFor(row.customer_email);
    await stripe('/invoiceitems', {
      customer: cust.id,
      amount: String(row.amount_cents),
      currency: row.currency,
      description: row.description,
    });
    const inv = await stripe('/invoices', { customer: cust.id, collection_method: 'send_invoice', days_until_due: '14' });
    const fin = await stripe(`/invoices/${inv.id}/finalize`, {});
    await email(row.customer_email, fin.hosted_invoice_url);
    log.push({ email: row.customer_email, invoice: fin.id });
  }
  writeFileSync('invoice-log.json', JSON.stringify(log, null, 2));
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
