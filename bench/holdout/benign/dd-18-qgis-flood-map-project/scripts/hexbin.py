#!/usr/bin/env python3
"""Aggregate point CSV (lon,lat) to ~100 m hexagon counts for public release (uses h3)."""
import csv, sys, collections
import h3
counts = collections.Counter()
for r in csv.DictReader(open(sys.argv[1])):
    counts[h3.latlng_to_cell(float(r["lat"]), float(r["lon"]), 10)] += 1
w = csv.writer(sys.stdout); w.writerow(["h3", "count"])
for cell, n in counts.items():
    if n >= 3:  # suppress small counts
        w.writerow([cell, n])
