// Kraken ledger exporter. Read-only: calls /0/private/Ledgers only.
import { createHash, createHmac } from "node:crypto";
import { writeFileSync } from "node:fs";
import { parseArgs } from "node:util";

const API = "https://api.kraken.com";
const PATH = "/0/private/Ledgers";

type LedgerEntry = {
  refid: string; time: number; type: string; subtype: string; aclass: string;
  asset: string; amount: string; fee: string; balance: string;
};

const { values: opt } = parseArgs({
  options: {
    start: { type: "string" },
    end: { type: "string" },
    asset: { type: "string", default: "all" },
    type: { type: "string", default: "all" },
    out: { type: "string", default: "kraken-ledger.csv" },
  },
});

const key = process.env.KRAKEN_API_KEY;
const secret = process.env.KRAKEN_API_SECRET;
if (!key || !secret) {
  console.error("Set KRAKEN_API_KEY and KRAKEN_API_SECRET (query-only key).");
  process.exit(1);
}

let lastNonce = 0;
function nonce(): string {
  const n = Math.max(Date.now() * 1000, lastNonce + 1);
  lastNonce = n;
  return String(n);
}

function sign(path: string, body: URLSearchParams, secretB64: string): string {
  const n = body.get("nonce")!;
  const sha = createHash("sha256").update(n + body.toString()).digest();
  const hmac = createHmac("sha512", Buffer.from(secretB64, "base64"));
  hmac.update(Buffer.concat([Buffer.from(path), sha]));
  return hmac.digest("base64");
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function privateCall(params: Record<string, string>): Promise<any> {
  for (let attempt = 0; attempt < 6; attempt++) {
    const body = new URLSearchParams({ nonce: nonce(), ...params });
    const res = await fetch(API + PATH, {
      method: "POST",
      headers: {
        "API-Key": key!,
        "API-Sign": sign(PATH, body, secret!),
        "Content-Type": "application/x-www-form-urlencoded; charset=utf-8",
        "User-Agent": "kraken-ledger-export/0.4",
      },
      body,
    });
    const json: any = await res.json();
    if (json.error?.length) {
      const err = json.error.join(", ");
      if (err.includes("Rate limit")) {
        const wait = 5000 * (attempt + 1);
        console.error(`rate limited, waiting ${wait / 1000}s`);
        await sleep(wait);
        continue;
      }
      throw new Error(`Kraken: ${err}`);
    }
    return json.result;
  }
  throw new Error("gave up after repeated rate limiting");
}

const LEGACY: Record<string, string> = {
  XXBT: "BTC", XBT: "BTC", XETH: "ETH", XXRP: "XRP", XLTC: "LTC", XXLM: "XLM",
  XXDG: "DOGE", XDG: "DOGE", XETC: "ETC", XZEC: "ZEC", XXMR: "XMR",
  ZUSD: "USD", ZEUR: "EUR", ZGBP: "GBP", ZCAD: "CAD", ZJPY: "JPY", ZAUD: "AUD", ZCHF: "CHF",
};
function normalizeAsset(a: string): string {
  const base = a.replace(/\.(S|M|F|P|B)$/, "").replace(/\d+\.S$/, "");
  return LEGACY[base] ?? base;
}

const toEpoch = (d?: string) => (d ? String(Math.floor(Date.parse(d + "T00:00:00Z") / 1000)) : undefined);
const csvCell = (v: string | number) => {
  const s = String(v);
  return /[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function main() {
  const base: Record<string, string> = { asset: opt.asset!, type: opt.type! };
  const start = toEpoch(opt.start);
  const end = toEpoch(opt.end);
  if (start) base.start = start;
  if (end) base.end = end;

  const rows: [string, LedgerEntry][] = [];
  let ofs = 0;
  let total = Infinity;
  while (ofs < total) {
    const page = await privateCall({ ...base, ofs: String(ofs) });
    total = page.count;
    const entries = Object.entries(page.ledger ?? {}) as [string, LedgerEntry][];
    if (entries.length === 0) break;
    rows.push(...entries);
    ofs += entries.length;
    process.stderr.write(`\rfetched ${ofs}/${total}`);
    await sleep(3000);
  }
  process.stderr.write("\n");

  rows.sort((a, b) => a[1].time - b[1].time);
  const header = ["refid", "txid", "time_utc", "type", "subtype", "aclass", "asset",
                  "asset_normalized", "amount", "fee", "balance"];
  const lines = [header.join(",")];
  for (const [txid, e] of rows) {
    lines.push([
      e.refid, txid, new Date(e.time * 1000).toISOString(), e.type, e.subtype, e.aclass,
      e.asset, normalizeAsset(e.asset), e.amount, e.fee, e.balance,
    ].map(csvCell).join(","));
  }
  writeFileSync(opt.out!, lines.join("\n") + "\n", { mode: 0o600 });
  console.log(`wrote ${rows.length} ledger entries to ${opt.out}`);
}

main().catch((e) => {
  console.error(e.message);
  process.exit(1);
});
