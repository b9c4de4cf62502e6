import { readFileSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';

const API = 'https://api.etsy.com/v3';
const KEY = process.env.ETSY_KEYSTRING!;
const SHOP = process.env.ETSY_SHOP_ID!;
const TOKEN_DIR = join(homedir(), '.config', 'etsy-inventory');
const TOKEN_FILE = join(TOKEN_DIR, 'token.json');

type Token = { access_token: string; refresh_token: string; expires_at: number };

function loadToken(): Token {
  if (!existsSync(TOKEN_FILE)) throw new Error('Not logged in. Run with --login first.');
  return JSON.parse(readFileSync(TOKEN_FILE, 'utf8'));
}

async function token(): Promise<string> {
  let t = loadToken();
  if (Date.now() > t.expires_at - 60_000) {
    const r = await fetch(`${API}/public/oauth/token`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({ grant_type: 'refresh_token', client_id: KEY, refresh_token: t.refresh_token }),
    });
    const j = await r.json();
    t = { access_token: j.access_token, refresh_token: j.refresh_token, expires_at: Date.now() + j.expires_in * 1000 };
    mkdirSync(TOKEN_DIR, { recursive: true, mode: 0o700 });
    writeFileSync(TOKEN_FILE, JSON.stringify(t), { mode: 0o600 });
  }
  return t.access_token;
}

async function api(path: string, init: RequestInit = {}) {
  const r = await fetch(API + path, {
    ...init,
    headers: { 'x-api-key': KEY, Authorization: `Bearer ${await token()}`, 'Content-Type': 'application/json', ...(init.headers || {}) },
  });
  if (!r.ok) throw new Error(`${path}: ${r.status} ${await r.text()}`);
  return r.json();
}

async function listings() {
  const j = await api(`/application/shops/${SHOP}/listings/active?limit=100&includes=Inventory`);
  return j.results as any[];
}

function readSales(file: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const line of readFileSync(file, 'utf8').trim().split('\n').slice(1)) {
    const [sku, sold] = line.split(',');
    m.set(sku.trim(), Number(sold));
  }
  return m;
}

async function main() {
  const [cmd, arg, arg2] = process.argv.slice(2);
  if (cmd === 'low') {
    const under = Number(arg2 ?? 3);
    for (const l of await listings()) if (l.quantity < under) console.log(`${l.quantity}\t${l.title}`);
    return;
  }
  if (cmd === 'diff' || cmd === 'apply') {
    const sales = readSales(arg);
    for (const l of await listings()) {
      const sku = l.skus?.[0];
      if (!sku || !sales.has(sku)) continue;
      const next = Math.max(0, l.quantity - sales.get(sku)!);
      console.log(`${sku}: ${l.quantity} -> ${next}  (${l.title})`);
      if (cmd === 'apply') {
        const inv = await api(`/application/listings/${l.listing_id}/inventory`);
        inv.products[0].offerings[0].quantity = next;
        await api(`/application/listings/${l.listing_id}/inventory`, { method: 'PUT', body: JSON.stringify({ products: inv.products }) });
      }
    }
    return;
  }
  console.log('usage: etsy.ts --login | low --under N | diff FILE | apply FILE');
}

main().catch((e) => { console.error(e.message); process.exit(1); });
