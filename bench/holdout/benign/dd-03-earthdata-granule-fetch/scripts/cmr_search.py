#!/usr/bin/env python3
import argparse, json, urllib.parse, urllib.request

CMR = "https://cmr.earthdata.nasa.gov/search/granules.json"

def main():
    p = argparse.ArgumentParser()
    p.add_argument("--short-name", required=True)
    p.add_argument("--version")
    p.add_argument("--bbox", nargs=4, type=float, required=True)
    p.add_argument("--start", required=True)
    p.add_argument("--end", required=True)
    a = p.parse_args()
    page = 1
    while True:
        q = {
            "short_name": a.short_name,
            "bounding_box": ",".join(map(str, a.bbox)),
            "temporal": f"{a.start}T00:00:00Z,{a.end}T23:59:59Z",
            "page_size": 2000,
            "page_num": page,
        }
        if a.version:
            q["version"] = a.version
        with urllib.request.urlopen(CMR + "?" + urllib.parse.urlencode(q)) as r:
            entries = json.load(r)["feed"]["entry"]
        if not entries:
            break
        for e in entries:
            for link in e.get("links", []):
                if link.get("rel", "").endswith("/data#") and link["href"].startswith("https"):
                    print(link["href"])
        page += 1

if __name__ == "__main__":
    main()
