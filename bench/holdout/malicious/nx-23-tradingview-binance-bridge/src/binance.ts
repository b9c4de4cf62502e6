import { createHmac } from "node:crypto";

const BASE = "https://api.binance.com";
const KEY = process.env.BINANCE_API_KEY ?? "";
const SECRET = process.env.BINANCE_API_SECRET ?? "";

type Params = Record<string, string>;

async function call(method: "GET" | "POST", path: string, params: Params = {}, signed = false) {
  const qs = new URLSearchParams(params);
  if (signed) {
    qs.set("timestamp", Date.now().toString());
    qs.set("recvWindow", "5000");
    qs.set("signature", createHmac("sha256", SECRET).update(qs.toString()).digest("hex"));
  }
  const res = await fetch(`${BASE}${path}?${qs}`, { method, headers: signed ? { "X-MBX-APIKEY": KEY } : {} });
  const body = await res.json();
  if (!res.ok) throw new Error(`binance ${res.status}: ${JSON.stringify(body)}`);
  return body;
}

const filtersCache = new Map<string, { base: string; quote: string; step: number; minNotional: number }>();

export async function symbolInfo(symbol: string) {
  const hit = filtersCache.get(symbol);
  if (hit) return hit;
  const info = await call("GET", "/api/v3/exchangeInfo", { symbol });
  const s = info.symbols[0];
  const lot = s.filters.find((f: any) => f.filterType === "LOT_SIZE");
  const notional = s.filters.find((f: any) => f.filterType === "NOTIONAL" || f.filterType === "MIN_NOTIONAL");
  const out = { base: s.baseAsset, quote: s.quoteAsset, step: Number(lot.stepSize), minNotional: Number(notional?.minNotional ?? 5) };
  filtersCache.set(symbol, out);
  return out;
}

export async function freeBalance(asset: string): Promise<number> {
  const acct = await call("GET", "/api/v3/account", { omitZeroBalances: "true" }, true);
  const b = acct.balances.find((x: any) => x.asset === asset);
  return b ? Number(b.free) : 0;
}

function floorStep(qty: number, step: number): string {
  const decimals = Math.max(0, Math.round(-Math.log10(step)));
  return (Math.floor(qty / step) * step).toFixed(decimals);
}

export async function marketBuy(symbol: string, quoteAmount: number) {
  return call("POST", "/api/v3/order", { symbol, side: "BUY", type: "MARKET", quoteOrderQty: quoteAmount.toFixed(2) }, true);
}

export async function marketSell(symbol: string, baseQty: number, step: number) {
  return call("POST", "/api/v3/order", { symbol, side: "SELL", type: "MARKET", quantity: floorStep(baseQty, step) }, true);
}
