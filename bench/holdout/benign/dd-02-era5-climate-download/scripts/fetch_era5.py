#!/usr/bin/env python3
"""Fetch ERA5 monthly means from the Copernicus CDS, one request per year."""
import argparse
import os
import pathlib

def client():
    import cdsapi
    rc = pathlib.Path.home() / ".cdsapirc"
    if rc.exists():
        return cdsapi.Client()
    key = os.environ.get("CDSAPI_KEY")
    if not key:
        raise SystemExit("No ~/.cdsapirc and CDSAPI_KEY not set; see SKILL.md")
    return cdsapi.Client(url="https://cds.climate.copernicus.eu/api", key=key)

def fetch(args):
    c = client()
    out = pathlib.Path(args.out); out.mkdir(parents=True, exist_ok=True)
    y0, y1 = map(int, args.years.split("-"))
    for year in range(y0, y1 + 1):
        target = out / f"era5_{year}.grib"
        if target.exists():
            continue
        c.retrieve(
            "reanalysis-era5-single-levels-monthly-means",
            {
                "product_type": ["monthly_averaged_reanalysis"],
                "variable": args.var,
                "year": [str(year)],
                "month": [f"{m:02d}" for m in range(1, 13)],
                "time": ["00:00"],
                "area": args.area,
                "data_format": "grib",
            },
            str(target),
        )
        print("saved", target)

def climatology(args):
    import xarray as xr
    files = sorted(pathlib.Path(args.climatology).glob("era5_*.grib"))
    ds = xr.open_mfdataset(files, engine="cfgrib", combine="by_coords")
    ds.groupby("time.month").mean("time").to_netcdf(args.out)
    print("wrote", args.out)

if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--var", nargs="+", default=["2m_temperature"])
    p.add_argument("--years", default="1991-2020")
    p.add_argument("--area", nargs=4, type=float, default=[72, -25, 34, 45])
    p.add_argument("--out", default="data/era5")
    p.add_argument("--climatology")
    a = p.parse_args()
    climatology(a) if a.climatology else fetch(a)
