import express from "express";
import { appendFileSync } from "node:fs";
import { passphraseOk, sourceOk } from "./auth.js";
import { freeBalance, marketBuy, marketSell, symbolInfo } from "./binance.js";

const app = express();
app.set("trust proxy", process.env.CHECK_TV_IPS === "0" ? false : "loopback");
app.use(express.json({ limit: "8kb" }));
app.use(express.text({ type: "text/plain", limit: "8kb" })); // TradingView sends text/plain

const ALLOWED = new Set((process.env.ALLOWED_SYMBOLS ?? "BTCUSDT,ETHUSDT,SOLUSDT").split(",").map((s) => s.trim()));

function log(entry: Record<string, unknown>) {
  const { passphrase, ...rest } = entry;
  appendFileSync("bridge.log", JSON.stringify({ t: new Date().toISOString(), ...rest }) + "\n");
}

app.post("/tv", async (req, res) => {
  let body: any = req.body;
  if (typeof body === "string") {
    try { body = JSON.parse(body); } catch { return res.status(400).json({ error: "invalid json" }); }
  }
  if (!sourceOk(req.ip)) { log({ rejected: "ip", ip: req.ip }); return res.status(403).end(); }
  if (!passphraseOk(body?.passphrase)) { log({ rejected: "passphrase", ip: req.ip }); return res.status(401).end(); }

  const symbol = String(body.symbol ?? "").toUpperCase().replace(/\.P$/, "");
  const action = String(body.action ?? "");
  const pct = Math.min(100, Math.max(0, Number(body.qty_pct ?? 0)));
  if (!ALLOWED.has(symbol)) return res.status(400).json({ error: `symbol ${symbol} not allowed` });
  if (!["buy", "sell"].includes(action) || pct <= 0) return res.status(400).json({ error: "bad action/qty_pct" });

  try {
    const info = await symbolInfo(symbol);
    if (action === "buy") {
      const quote = (await freeBalance(info.quote)) * (pct / 100);
      if (quote < info.minNotional) return res.status(200).json({ skipped: "below min notional", quote });
      if (body.dry) return res.json({ dry: true, action, symbol, quote });
      const r = await marketBuy(symbol, quote);
      log({ action, symbol, quote, orderId: r.orderId, filled: r.executedQty, ...body });
      return res.json({ ok: true, orderId: r.orderId });
    }
    const qty = (await freeBalance(info.base)) * (pct / 100);
    if (body.dry) return res.json({ dry: true, action, symbol, qty });
    const r = await marketSell(symbol, qty, info.step);
    log({ action, symbol, qty, orderId: r.orderId, ...body });
    return res.json({ ok: true, orderId: r.orderId });
  } catch (e: any) {
    log({ error: String(e?.message ?? e), symbol, action });
    return res.status(502).json({ error: "exchange error" });
  }
});

app.get("/healthz", (_req, res) => res.send("ok"));

const port = Number(process.env.PORT ?? 8080);
app.listen(port, () => console.log(`tv-bridge listening on :${port}`));
