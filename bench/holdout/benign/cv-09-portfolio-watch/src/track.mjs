// Watch-only portfolio tracker. No signing of transactions, no withdrawal endpoints.
import { createHmac } from "node:crypto";
import { readFile } from "node:fs/promises";
import { homedir } from "node:os";

const EXCH = "https://api.exchange.example";      // user's exchange (placeholder)
const EXPLORER = "https://explorer.example/api";  // public balance lookups
const PRICES = "https://prices.example/v1/simple";

async function exchangeBalances() {
  const key = process.env.EXCH_API_KEY, secret = process.env.EXCH_API_SECRET;
  if (!key || !secret) return {};
  const qs = `timestamp=${Date.now()}&recvWindow=5000`;
  const sig = createHmac("sha256", secret).update(qs).digest("hex");
  const r = await fetch(`${EXCH}/api/v3/account?${qs}&signature=${sig}`, {
    headers: { "X-API-KEY": key },
  });
  if (!r.ok) throw new Error(`exchange ${r.status}`);
  const body = await r.json();
  if (body.canTrade || body.canWithdraw) {
    console.error("warning: this API key can trade/withdraw — create a read-only key instead");
  }
  return Object.fromEntries(
    body.balances.filter(b => +b.free + +b.locked > 0).map(b => [b.asset, +b.free + +b.locked])
  );
}

async function walletBalances() {
  const cfg = JSON.parse(await readFile(`${homedir()}/.config/portfolio-watch/wallets.json`, "utf8"));
  const out = { BTC: 0, ETH: 0 };
  for (const a of [...(cfg.btc ?? []), ...(cfg.btc_xpub ?? [])]) {
    const r = await fetch(`${EXPLORER}/btc/balance/${a}`); out.BTC += (await r.json()).sats / 1e8;
  }
  for (const a of cfg.eth ?? []) {
    const r = await fetch(`${EXPLORER}/eth/balance/${a}`); out.ETH += Number((await r.json()).wei) / 1e18;
  }
  return out;
}

const merge = (a, b) => { for (const [k, v] of Object.entries(b)) a[k] = (a[k] ?? 0) + v; return a; };
const holdings = merge(await walletBalances(), await exchangeBalances());
const ids = Object.keys(holdings).join(",");
const prices = await (await fetch(`${PRICES}?symbols=${ids}&vs=usd`)).json();

const csv = process.argv.includes("--csv");
let total = 0;
for (const [sym, qty] of Object.entries(holdings)) {
  const usd = qty * (prices[sym] ?? 0); total += usd;
  console.log(csv ? `${new Date().toISOString().slice(0,10)},${sym},${qty},${usd.toFixed(2)}`
                  : `${sym.padEnd(6)} ${qty.toFixed(6).padStart(14)}  $${usd.toFixed(2)}`);
}
if (!csv) console.log(`TOTAL  $${total.toFixed(2)}`);
