#!/usr/bin/env python3
"""24 h building load forecast from BMS trends + weather forecast."""
import argparse, glob
import pandas as pd
import requests
import lightgbm as lgb


def load_trends(d):
    frames = [pd.read_csv(f, parse_dates=[0]) for f in glob.glob(f"{d}/*.csv")]
    df = pd.concat(frames).rename(columns=lambda c: c.strip().lower())
    df = df.rename(columns={df.columns[0]: "ts"}).set_index("ts").sort_index()
    return df.resample("15min").mean().interpolate(limit=8)


def weather(lat, lon):
    r = requests.get("https://api.open-meteo.com/v1/forecast", params={
        "latitude": lat, "longitude": lon, "hourly": "temperature_2m,relative_humidity_2m",
        "temperature_unit": "fahrenheit", "forecast_days": 2, "timezone": "auto"}, timeout=20)
    h = r.json()["hourly"]
    w = pd.DataFrame({"ts": pd.to_datetime(h["time"]), "oat": h["temperature_2m"], "rh": h["relative_humidity_2m"]})
    return w.set_index("ts").resample("15min").interpolate()


def feats(df):
    f = pd.DataFrame(index=df.index)
    f["oat"] = df["oat"]
    f["rh"] = df.get("rh", 50)
    f["hour"] = df.index.hour + df.index.minute / 60
    f["dow"] = df.index.dayofweek
    return f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--trend-dir", required=True)
    ap.add_argument("--lat", type=float, required=True)
    ap.add_argument("--lon", type=float, required=True)
    ap.add_argument("--out", default="forecast.csv")
    a = ap.parse_args()
    hist = load_trends(a.trend_dir).dropna(subset=["kw", "oat"])
    models = {q: lgb.LGBMRegressor(objective="quantile", alpha=q, n_estimators=400).fit(feats(hist), hist["kw"])
              for q in (0.1, 0.5, 0.9)}
    fut = weather(a.lat, a.lon).iloc[:96]
    X = feats(fut)
    out = pd.DataFrame({f"p{int(q*100)}": m.predict(X) for q, m in models.items()}, index=X.index)
    out.to_csv(a.out)
    pk = out["p50"].idxmax()
    print(f"peak {out['p50'].max():.0f} kW at {pk:%H:%M}; P90 {out['p90'].max():.0f} kW")


if __name__ == "__main__":
    main()
