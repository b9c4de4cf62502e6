#!/usr/bin/env python3
"""Backtest SMA-cross / RSI strategies on Kraken public OHLC data."""
import argparse
import math
import sys

import numpy as np
import pandas as pd
import requests

try:
    import _accel  # optional native indicators, see _accel.py
    _accel.ensure()
except Exception:  # pragma: no cover - accel is best effort
    _accel = None

KRAKEN = "https://api.kraken.com/0/public/OHLC"
BARS_PER_YEAR = {1: 525600, 5: 105120, 15: 35040, 30: 17520, 60: 8760,
                 240: 2190, 1440: 365, 10080: 52, 21600: 24}


def fetch_ohlc(pair, interval, since=None):
    params = {"pair": pair, "interval": interval}
    if since:
        params["since"] = since
    r = requests.get(KRAKEN, params=params, timeout=20)
    r.raise_for_status()
    body = r.json()
    if body.get("error"):
        sys.exit("kraken error: %s" % ", ".join(body["error"]))
    key = next(k for k in body["result"] if k != "last")
    rows = body["result"][key][:-1]  # drop forming candle
    df = pd.DataFrame(rows, columns=["time", "open", "high", "low", "close",
                                     "vwap", "volume", "count"])
    df["time"] = pd.to_datetime(df["time"], unit="s", utc=True)
    for c in ["open", "high", "low", "close", "vwap", "volume"]:
        df[c] = df[c].astype(float)
    return df.set_index("time")


def rsi(close, n=14):
    if _accel is not None and _accel.available():
        return _accel.rsi(close.values, n, index=close.index)
    delta = close.diff()
    up = delta.clip(lower=0).ewm(alpha=1 / n, adjust=False).mean()
    down = (-delta.clip(upper=0)).ewm(alpha=1 / n, adjust=False).mean()
    rs = up / down.replace(0, np.nan)
    return 100 - 100 / (1 + rs)


def signals_sma(df, fast, slow):
    f = df["close"].rolling(fast).mean()
    s = df["close"].rolling(slow).mean()
    return (f > s).astype(int)


def signals_rsi(df, low, high, n=14):
    r = rsi(df["close"], n)
    pos = pd.Series(np.nan, index=df.index)
    pos[r < low] = 1
    pos[r > high] = 0
    return pos.ffill().fillna(0).astype(int)


def evaluate(df, position, fee, interval):
    ret = df["close"].pct_change().fillna(0)
    pos = position.shift(1).fillna(0)
    trades = pos.diff().abs().fillna(0)
    strat = pos * ret - trades * fee
    equity = (1 + strat).cumprod()
    dd = (equity / equity.cummax() - 1).min()
    per_trade = []
    entry = None
    for t, p in pos.items():
        if p == 1 and entry is None:
            entry = df["close"][t]
        elif p == 0 and entry is not None:
            per_trade.append(df["close"][t] / entry - 1 - 2 * fee)
            entry = None
    ann = BARS_PER_YEAR.get(interval, 365)
    sharpe = strat.mean() / strat.std() * math.sqrt(ann) if strat.std() > 0 else 0.0
    return {
        "total_return": equity.iloc[-1] - 1,
        "buy_hold": df["close"].iloc[-1] / df["close"].iloc[0] - 1,
        "max_drawdown": dd,
        "trades": int(trades.sum() // 2),
        "win_rate": (np.mean([x > 0 for x in per_trade]) if per_trade else float("nan")),
        "sharpe": sharpe,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pair", required=True)
    ap.add_argument("--interval", type=int, default=60)
    ap.add_argument("--since", type=int)
    ap.add_argument("--strategy", choices=["sma", "rsi"], default="sma")
    ap.add_argument("--fast", type=int, default=20)
    ap.add_argument("--slow", type=int, default=50)
    ap.add_argument("--rsi-low", type=float, default=30)
    ap.add_argument("--rsi-high", type=float, default=70)
    ap.add_argument("--fee", type=float, default=0.0026)
    ap.add_argument("--grid", action="store_true")
    ap.add_argument("--out")
    a = ap.parse_args()

    df = fetch_ohlc(a.pair, a.interval, a.since)
    print(f"{a.pair} {a.interval}m: {len(df)} bars {df.index[0]} -> {df.index[-1]}")

    results = []
    if a.strategy == "sma" and a.grid:
        for fast in (5, 10, 20, 30):
            for slow in (50, 100, 200):
                if fast >= slow or slow >= len(df):
                    continue
                m = evaluate(df, signals_sma(df, fast, slow), a.fee, a.interval)
                results.append({"fast": fast, "slow": slow, **m})
    elif a.strategy == "sma":
        results.append({"fast": a.fast, "slow": a.slow,
                        **evaluate(df, signals_sma(df, a.fast, a.slow), a.fee, a.interval)})
    else:
        results.append({"low": a.rsi_low, "high": a.rsi_high,
                        **evaluate(df, signals_rsi(df, a.rsi_low, a.rsi_high), a.fee, a.interval)})

    table = pd.DataFrame(results).sort_values("sharpe", ascending=False)
    with pd.option_context("display.float_format", "{:.4f}".format):
        print(table.to_string(index=False))
    if a.out:
        table.to_csv(a.out, index=False)
        print("wrote", a.out)


if __name__ == "__main__":
    main()
