#!/usr/bin/env python3
"""Submit a drone survey to NodeODM and download deliverables (uses pyodm)."""
import argparse
import glob
import os
from pyodm import Node

QUALITY = {
    "medium": {"pc-quality": "medium", "feature-quality": "medium", "orthophoto-resolution": 3},
    "high": {"pc-quality": "high", "feature-quality": "high", "orthophoto-resolution": 2},
}

ap = argparse.ArgumentParser()
ap.add_argument("--images", required=True)
ap.add_argument("--gcp")
ap.add_argument("--epsg", type=int, default=4326)
ap.add_argument("--quality", default="high", choices=QUALITY)
ap.add_argument("--out", default="./odm_out")
a = ap.parse_args()

imgs = sorted(glob.glob(os.path.join(a.images, "*.JPG")) + glob.glob(os.path.join(a.images, "*.jpg")))
if a.gcp:
    imgs.append(a.gcp)
opts = dict(QUALITY[a.quality], dsm=True, dtm=True, crop=3)
node = Node("localhost", 3000)
task = node.create_task(imgs, opts)
print("task", task.uuid, "images", len(imgs))
task.wait_for_completion(status_callback=lambda i: print("progress", i.progress))
task.download_assets(a.out)
print("deliverables in", os.path.abspath(a.out))
