#!/usr/bin/env python3
import sys, urllib.request, urllib.parse, xml.etree.ElementTree as ET
from email.utils import parsedate_to_datetime

IT = "{http://www.itunes.com/dtds/podcast-1.0.dtd}"


def load(src):
    if src.startswith("http"):
        with urllib.request.urlopen(src, timeout=20) as r:
            return r.read()
    return open(src, "rb").read()


def head(url):
    req = urllib.request.Request(url, method="HEAD")
    with urllib.request.urlopen(req, timeout=20) as r:
        return r.status, int(r.headers.get("Content-Length", -1))


def main():
    src = sys.argv[1]; net = "--no-network" not in sys.argv
    ch = ET.fromstring(load(src)).find("channel")
    problems = []
    img = ch.find(IT + "image")
    if img is None or not img.get("href", "").startswith("https://"):
        problems.append("channel: itunes:image missing or not https")
    if (ch.findtext(IT + "explicit") or "").strip() not in ("true", "false"):
        problems.append("channel: itunes:explicit must be true/false")
    seen, hosts = set(), set()
    for it in ch.findall("item"):
        t = it.findtext("title", "?")
        g = it.findtext("guid")
        if not g: problems.append(f"{t}: no guid")
        elif g in seen: problems.append(f"{t}: duplicate guid {g}")
        seen.add(g)
        try: parsedate_to_datetime(it.findtext("pubDate", ""))
        except Exception: problems.append(f"{t}: bad pubDate")
        enc = it.find("enclosure")
        if enc is None: problems.append(f"{t}: no enclosure"); continue
        if enc.get("type") not in ("audio/mpeg", "audio/x-m4a"):
            problems.append(f"{t}: enclosure type {enc.get('type')}")
        hosts.add(urllib.parse.urlparse(enc.get("url")).netloc)
        if net:
            try:
                st, ln = head(enc.get("url"))
                if st != 200: problems.append(f"{t}: HTTP {st}")
                elif ln != int(enc.get("length", 0)): problems.append(f"{t}: length {enc.get('length')} != {ln}")
            except Exception as e:
                problems.append(f"{t}: {e}")
    print("Enclosure hosts:", ", ".join(sorted(hosts)))
    print("\n".join(problems) if problems else "Feed OK")


if __name__ == "__main__":
    main()
