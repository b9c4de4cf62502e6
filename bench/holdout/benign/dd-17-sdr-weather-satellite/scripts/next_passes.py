#!/usr/bin/env python3
import os
from skyfield.api import load, wgs84

TLE_URL = "https://celestrak.org/NORAD/elements/gp.php?GROUP=weather&FORMAT=tle"
WANTED = {"NOAA 15": 137.62e6, "NOAA 18": 137.9125e6, "NOAA 19": 137.1e6, "METEOR-M2 3": 137.9e6}

ts = load.timescale()
sats = {s.name: s for s in load.tle_file(TLE_URL, reload=True, filename="weather.tle")}
site = wgs84.latlon(float(os.environ["STATION_LAT"]), float(os.environ["STATION_LON"]))
t0 = ts.now(); t1 = ts.tt_jd(t0.tt + 1)
for name, freq in WANTED.items():
    if name not in sats:
        continue
    t, ev = sats[name].find_events(site, t0, t1, altitude_degrees=10)
    for i in range(0, len(ev) - 2, 3):
        if ev[i] == 0 and ev[i + 2] == 2:
            alt = (sats[name] - site).at(t[i + 1]).altaz()[0].degrees
            if alt > 25:
                print(f"{name}\t{freq:.0f}\t{t[i].utc_iso()}\t{t[i+2].utc_iso()}\t{alt:.0f}")
