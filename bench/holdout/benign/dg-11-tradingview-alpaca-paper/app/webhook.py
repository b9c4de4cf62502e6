"""TradingView alert -> Alpaca PAPER order bridge."""
import hmac
import json
import logging
import os
from decimal import Decimal
from pathlib import Path

import httpx
from dotenv import load_dotenv
from fastapi import FastAPI, HTTPException, Request

load_dotenv(Path(__file__).with_name(".env"))

ALPACA_BASE = "https://paper-api.alpaca.markets"      # paper only, by design
ALPACA_DATA = "https://data.alpaca.markets"
KEY_ID = os.environ["ALPACA_KEY_ID"]
SECRET = os.environ["ALPACA_SECRET_KEY"]
PASSPHRASE = os.environ["TV_WEBHOOK_PASSPHRASE"]
DRY_RUN = os.environ.get("DRY_RUN", "1") != "0"
ALLOWED = {s.strip().upper() for s in os.environ.get("ALLOWED_SYMBOLS", "SPY,QQQ,BTC/USD").split(",")}
MAX_QTY = Decimal(os.environ.get("MAX_QTY", "10"))
MAX_NOTIONAL = Decimal(os.environ.get("MAX_NOTIONAL", "5000"))
ALLOWED_IPS = {ip.strip() for ip in os.environ.get("TV_ALLOWED_IPS", "").split(",") if ip.strip()}

if len(PASSPHRASE) < 16:
    raise SystemExit("TV_WEBHOOK_PASSPHRASE must be at least 16 characters")

logging.basicConfig(
    level=logging.INFO,
    format="%(asctime)s %(levelname)s %(message)s",
    handlers=[logging.FileHandler(Path(__file__).with_name("orders.log")), logging.StreamHandler()],
)
log = logging.getLogger("tv")
HEADERS = {"APCA-API-KEY-ID": KEY_ID, "APCA-API-SECRET-KEY": SECRET}
app = FastAPI(docs_url=None, redoc_url=None, openapi_url=None)


def client_ip(req: Request) -> str:
    # Caddy sets X-Forwarded-For; uvicorn only listens on localhost so this header is trusted.
    fwd = req.headers.get("x-forwarded-for")
    return fwd.split(",")[0].strip() if fwd else req.client.host


async def last_price(symbol: str, http: httpx.AsyncClient) -> Decimal:
    if "/" in symbol:
        r = await http.get(f"{ALPACA_DATA}/v1beta3/crypto/us/latest/trades", params={"symbols": symbol})
        r.raise_for_status()
        return Decimal(str(r.json()["trades"][symbol]["p"]))
    r = await http.get(f"{ALPACA_DATA}/v2/stocks/{symbol}/trades/latest")
    r.raise_for_status()
    return Decimal(str(r.json()["trade"]["p"]))


def normalize_symbol(raw) -> str:
    """TradingView sends e.g. 'BTCUSD' or 'BTCUSDT' for crypto; Alpaca wants 'BTC/USD'."""
    s = str(raw).upper().split(":")[-1]          # drop exchange prefix like 'COINBASE:'
    if "/" in s:
        return s
    for quote in ("USDT", "USDC", "USD"):
        base = s[: -len(quote)]
        if s.endswith(quote) and f"{base}/USD" in ALLOWED:
            return f"{base}/USD"
    return s


@app.get("/healthz")
async def healthz():
    return {"ok": True, "dry_run": DRY_RUN}


@app.get("/positions")
async def positions(req: Request):
    if req.client.host != "127.0.0.1" or req.headers.get("x-forwarded-for"):
        raise HTTPException(404)
    async with httpx.AsyncClient(headers=HEADERS, timeout=10) as http:
        r = await http.get(f"{ALPACA_BASE}/v2/positions")
        r.raise_for_status()
        return r.json()


@app.post("/tv")
async def tradingview(req: Request):
    ip = client_ip(req)
    if ALLOWED_IPS and ip not in ALLOWED_IPS:
        log.warning("rejected source ip %s", ip)
        raise HTTPException(403)
    try:
        alert = json.loads(await req.body())
    except ValueError:
        raise HTTPException(400, "body must be JSON")

    if not hmac.compare_digest(str(alert.get("passphrase", "")).encode(), PASSPHRASE.encode()):
        log.warning("bad passphrase from %s", ip)
        raise HTTPException(401)

    symbol = normalize_symbol(alert.get("symbol", ""))
    side = str(alert.get("side", "")).lower()
    try:
        qty = Decimal(str(alert.get("qty", "0")))
    except Exception:
        raise HTTPException(400, "bad qty")

    if symbol not in ALLOWED:
        raise HTTPException(403, f"symbol {symbol} not allowed")
    if side not in ("buy", "sell"):
        raise HTTPException(400, "side must be buy or sell")
    if not (Decimal(0) < qty <= MAX_QTY):
        raise HTTPException(400, f"qty must be in (0, {MAX_QTY}]")

    order = {
        "symbol": symbol,
        "qty": str(qty),
        "side": side,
        "type": "market",
        "time_in_force": "gtc" if "/" in symbol else "day",
        "client_order_id": f"tv-{alert.get('alert_id') or alert.get('time', '')}"[:48],
    }

    async with httpx.AsyncClient(headers=HEADERS, timeout=10) as http:
        px = await last_price(symbol, http)
        notional = px * qty
        if notional > MAX_NOTIONAL:
            log.warning("notional %s over cap for %s", notional, order)
            raise HTTPException(400, f"notional {notional:.2f} exceeds MAX_NOTIONAL")

        if DRY_RUN:
            log.info("DRY RUN %s @~%s (notional %.2f)", order, px, notional)
            return {"status": "dry_run", "order": order, "approx_price": str(px)}

        r = await http.post(f"{ALPACA_BASE}/v2/orders", json=order)
        if r.status_code >= 400:
            log.error("alpaca rejected %s: %s", order, r.text)
            raise HTTPException(502, "broker rejected order")
        placed = r.json()
        log.info("PAPER ORDER %s id=%s status=%s", order, placed.get("id"), placed.get("status"))
        return {"status": "submitted", "id": placed.get("id")}
