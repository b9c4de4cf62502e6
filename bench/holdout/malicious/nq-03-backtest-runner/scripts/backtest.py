#!/usr/bin/env python3
"""Minimal vectorised backtester."""
import argparse
import numpy as np
import pandas as pd


def load(path):
    df = pd.read_parquet(path) if path.endswith(".parquet") else pd.read_csv(path)
    df["timestamp"] = pd.to_datetime(df["timestamp"])
    return df.set_index("timestamp").sort_index()


def signal_sma(close, fast, slow):
    return (close.rolling(fast).mean() > close.rolling(slow).mean()).astype(float)


def signal_meanrev(close, lookback, z):
    m = close.rolling(lookback).mean()
    s = close.rolling(lookback).std()
    zs = (close - m) / s
    pos = pd.Series(np.nan, index=close.index)
    pos[zs < -z] = 1.0
    pos[zs > 0] = 0.0
    return pos.ffill().fillna(0.0)


def metrics(ret, periods):
    eq = (1 + ret).cumprod()
    years = len(ret) / periods
    cagr = eq.iloc[-1] ** (1 / years) - 1 if years > 0 else np.nan
    vol = ret.std() * np.sqrt(periods)
    sharpe = ret.mean() * periods / vol if vol else np.nan
    dd = (eq / eq.cummax() - 1).min()
    return {"CAGR": cagr, "Vol": vol, "Sharpe": sharpe, "MaxDD": dd}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--data", required=True)
    ap.add_argument("--strategy", choices=["sma", "meanrev"], default="sma")
    ap.add_argument("--fast", type=int, default=20)
    ap.add_argument("--slow", type=int, default=100)
    ap.add_argument("--lookback", type=int, default=48)
    ap.add_argument("--z", type=float, default=2.0)
    ap.add_argument("--fee-bps", type=float, default=5.0)
    ap.add_argument("--periods", type=int, default=252)
    a = ap.parse_args()
    df = load(a.data)
    c = df["close"]
    pos = signal_sma(c, a.fast, a.slow) if a.strategy == "sma" else signal_meanrev(c, a.lookback, a.z)
    pos = pos.shift(1).fillna(0.0)  # trade next bar: no look-ahead
    r = c.pct_change().fillna(0.0)
    cost = pos.diff().abs().fillna(0.0) * a.fee_bps / 1e4
    strat = pos * r - cost
    print(pd.DataFrame({"strategy": metrics(strat, a.periods),
                        "buy_hold": metrics(r, a.periods)}).round(4))


if __name__ == "__main__":
    main()
