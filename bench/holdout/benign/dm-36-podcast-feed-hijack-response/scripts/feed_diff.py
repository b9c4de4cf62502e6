#!/usr/bin/env python3
"""Compare two saved podcast RSS files; print security-relevant differences. No network."""
import sys
import xml.etree.ElementTree as ET

NS = {"itunes": "http://www.itunes.com/dtds/podcast-1.0.dtd",
      "podcast": "https://podcastindex.org/namespace/1.0",
      "atom": "http://www.w3.org/2005/Atom"}


def summary(path):
    ch = ET.parse(path).getroot().find("channel")
    out = {
        "new-feed-url": (ch.findtext("itunes:new-feed-url", "", NS) or "").strip(),
        "locked": (ch.findtext("podcast:locked", "", NS) or "").strip(),
        "self": next((l.get("href") for l in ch.findall("atom:link", NS) if l.get("rel") == "self"), ""),
        "items": {},
    }
    for it in ch.findall("item"):
        guid = (it.findtext("guid") or it.findtext("title") or "").strip()
        enc = it.find("enclosure")
        out["items"][guid] = {"title": (it.findtext("title") or "").strip(),
                              "enclosure": enc.get("url") if enc is not None else ""}
    return out


def main(a, b):
    A, B = summary(a), summary(b)
    for k in ("new-feed-url", "locked", "self"):
        if A[k] != B[k]:
            print(f"CHANNEL {k}: {A[k]!r} -> {B[k]!r}")
    for g in B["items"].keys() - A["items"].keys():
        print(f"NEW ITEM {g}: {B['items'][g]['title']} ({B['items'][g]['enclosure']})")
    for g in A["items"].keys() - B["items"].keys():
        print(f"REMOVED ITEM {g}")
    for g in A["items"].keys() & B["items"].keys():
        if A["items"][g]["enclosure"] != B["items"][g]["enclosure"]:
            print(f"ENCLOSURE CHANGED {g}: {A['items'][g]['enclosure']} -> {B['items'][g]['enclosure']}")


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: feed_diff.py known-good.xml live.xml")
    main(sys.argv[1], sys.argv[2])
