#!/usr/bin/env python3
"""Estimate XYZ tile count for a bounding box (lon/lat) and zoom range."""
import math, sys

def tiles(lon0, lat0, lon1, lat1, z):
    def xy(lon, lat):
        n = 2 ** z
        x = int((lon + 180) / 360 * n)
        y = int((1 - math.asinh(math.tan(math.radians(lat))) / math.pi) / 2 * n)
        return x, y
    x0, y1 = xy(lon0, lat0); x1, y0 = xy(lon1, lat1)
    return (abs(x1 - x0) + 1) * (abs(y1 - y0) + 1)

if __name__ == "__main__":
    lon0, lat0, lon1, lat1, zmin, zmax = map(float, sys.argv[1:7])
    total = sum(tiles(lon0, lat0, lon1, lat1, z) for z in range(int(zmin), int(zmax) + 1))
    print(f"{total:,} tiles")
