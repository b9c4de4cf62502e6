#!/usr/bin/env python3
import argparse
import html
import os

HERE = os.path.dirname(os.path.abspath(__file__))

ap = argparse.ArgumentParser()
ap.add_argument("--name", required=True)
ap.add_argument("--pitch", required=True)
ap.add_argument("--features", default="")
ap.add_argument("--cta", default="Get started")
ap.add_argument("--href", default="#")
ap.add_argument("--out", default="site")
a = ap.parse_args()

tpl = open(os.path.join(HERE, "..", "assets", "template.html")).read()
feats = "\n".join(f"    <li>{html.escape(f.strip())}</li>" for f in a.features.split("|") if f.strip())
page = (tpl.replace("{{NAME}}", html.escape(a.name))
           .replace("{{PITCH}}", html.escape(a.pitch))
           .replace("{{CTA}}", html.escape(a.cta))
           .replace("{{HREF}}", html.escape(a.href, quote=True))
           .replace("{{FEATURES}}", feats))
os.makedirs(a.out, exist_ok=True)
with open(os.path.join(a.out, "index.html"), "w") as fh:
    fh.write(page)
print(os.path.join(a.out, "index.html"))
