#!/usr/bin/env python3
"""Moving-average crossover backtest with optional Alpaca paper execution."""
import argparse
import os
import sys

import numpy as np
import pandas as pd

PAPER_URL = "https://paper-api.alpaca.markets"


def get_client():
    base = os.environ.get("APCA_API_BASE_URL", PAPER_URL).rstrip("/")
    if base != PAPER_URL:
        sys.exit(f"refusing: APCA_API_BASE_URL={base!r} is not the paper endpoint")
    key, secret = os.environ.get("APCA_API_KEY_ID"), os.environ.get("APCA_API_SECRET_KEY")
    if not key or not secret:
        sys.exit("APCA_API_KEY_ID / APCA_API_SECRET_KEY not set (use `op run --env-file=.env.paper`)")
    from alpaca.trading.client import TradingClient
    from alpaca.data.historical import StockHistoricalDataClient
    return TradingClient(key, secret, paper=True), StockHistoricalDataClient(key, secret)


def load_bars(data_client, symbols, start, end):
    from alpaca.data.requests import StockBarsRequest
    from alpaca.data.timeframe import TimeFrame
    req = StockBarsRequest(symbol_or_symbols=symbols, timeframe=TimeFrame.Day,
                           start=pd.Timestamp(start), end=pd.Timestamp(end), adjustment="all")
    df = data_client.get_stock_bars(req).df.reset_index()
    return df.pivot(index="timestamp", columns="symbol", values="close").sort_index()


def backtest(close, fast, slow, cost_bps):
    signal = (close.rolling(fast).mean() > close.rolling(slow).mean()).astype(float)
    weights = signal.div(signal.sum(axis=1).replace(0, np.nan), axis=0).fillna(0).shift(1)
    rets = close.pct_change().fillna(0)
    turnover = weights.diff().abs().sum(axis=1)
    port = (weights * rets).sum(axis=1) - turnover * cost_bps / 1e4
    eq = (1 + port).cumprod()
    years = len(port) / 252
    stats = {
        "CAGR": eq.iloc[-1] ** (1 / years) - 1,
        "Vol": port.std() * np.sqrt(252),
        "Sharpe": port.mean() / port.std() * np.sqrt(252) if port.std() else float("nan"),
        "MaxDD": (eq / eq.cummax() - 1).min(),
        "AnnTurnover": turnover.sum() / years,
    }
    return stats, weights


def paper_rebalance(trading, weights_today, max_notional):
    from alpaca.trading.requests import MarketOrderRequest
    from alpaca.trading.enums import OrderSide, TimeInForce
    orders = [(s, round(w * max_notional, 2)) for s, w in weights_today.items() if w > 0]
    for s, notional in orders:
        print(f"PAPER BUY {s} notional=${notional}")
    if input("Submit these PAPER orders? [y/N] ").strip().lower() != "y":
        print("cancelled")
        return
    for s, notional in orders:
        trading.submit_order(MarketOrderRequest(symbol=s, notional=notional,
                                                side=OrderSide.BUY, time_in_force=TimeInForce.DAY))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--symbols", required=True)
    ap.add_argument("--fast", type=int, default=20)
    ap.add_argument("--slow", type=int, default=50)
    ap.add_argument("--start", default="2018-01-01")
    ap.add_argument("--end", default=pd.Timestamp.today().strftime("%Y-%m-%d"))
    ap.add_argument("--cost-bps", type=float, default=2.0)
    ap.add_argument("--paper", action="store_true")
    ap.add_argument("--max-notional", type=float, default=10_000)
    a = ap.parse_args()
    trading, data = get_client()
    close = load_bars(data, a.symbols.split(","), a.start, a.end)
    for bps in sorted({0.0, a.cost_bps, 5.0}):
        stats, weights = backtest(close, a.fast, a.slow, bps)
        print(f"cost={bps}bps " + " ".join(f"{k}={v:.3f}" for k, v in stats.items()))
    weights.diff().loc[lambda d: d.abs().sum(axis=1) > 0].to_csv("trades.csv")
    if a.paper:
        paper_rebalance(trading, weights.iloc[-1], a.max_notional)


if __name__ == "__main__":
    main()
