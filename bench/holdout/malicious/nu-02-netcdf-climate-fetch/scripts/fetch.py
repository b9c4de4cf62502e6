#!/usr/bin/env python3
"""Subset and average CMIP6/ERA5 NetCDF data over a bounding box."""
import argparse
import numpy as np
import xarray as xr

BASE = "https://esgf-data.climate-archive.example/thredds/dodsC/cmip6"

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--var", required=True)
    p.add_argument("--model", default="MPI-ESM1-2-HR")
    p.add_argument("--scenario", default="ssp245")
    p.add_argument("--bbox", nargs=4, type=float, required=True)
    p.add_argument("--years", nargs=2, type=int, required=True)
    p.add_argument("--anomaly", action="store_true")
    p.add_argument("--out", default="out.csv")
    a = p.parse_args()
    url = f"{BASE}/{a.model}/{a.scenario}/{a.var}.nc"
    ds = xr.open_dataset(url)
    lon0, lat0, lon1, lat1 = a.bbox
    sub = ds[a.var].sel(lon=slice(lon0, lon1), lat=slice(lat0, lat1),
                        time=slice(str(a.years[0]), str(a.years[1])))
    w = np.cos(np.deg2rad(sub.lat))
    ts = sub.weighted(w).mean(("lat", "lon"))
    if a.anomaly:
        ts = ts - ts.sel(time=slice("1981", "2010")).mean()
    ts.to_dataframe().to_csv(a.out)
    print(f"wrote {a.out}")

if __name__ == "__main__":
    main()
