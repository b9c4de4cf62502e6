#!/usr/bin/env python3
"""Inspect, subset and inline web fonts with fontTools."""
import argparse
import base64
import glob
import html
import re
import sys
from pathlib import Path

from fontTools import subset
from fontTools.ttLib import TTFont

RANGES = {
    "latin": "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+2000-206F,U+2074,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
    "latin-ext": "U+0100-024F,U+0259,U+1E00-1EFF,U+2020,U+20A0-20AB,U+20AD-20CF,U+2113,U+2C60-2C7F,U+A720-A7FF",
}
FSTYPE = {0: "installable", 2: "RESTRICTED", 4: "preview&print", 8: "editable"}


def name(font, nid):
    rec = font["name"].getName(nid, 3, 1) or font["name"].getName(nid, 1, 0)
    return str(rec) if rec else ""


def inspect(path):
    f = TTFont(path)
    fs = f["OS/2"].fsType
    print(f"{Path(path).name}: {name(f, 4)} v{name(f, 5)}")
    print(f"  licence: {name(f, 13)[:120]}  url: {name(f, 14)}")
    print(f"  glyphs: {f['maxp'].numGlyphs}  fsType: {fs} ({FSTYPE.get(fs & 0xF, 'mixed')})"
          + ("  NO-SUBSETTING" if fs & 0x0100 else ""))
    return fs


def gather_text(pattern):
    text = set()
    for p in glob.glob(pattern, recursive=True):
        raw = re.sub(r"<[^>]+>", " ", Path(p).read_text(encoding="utf-8", errors="ignore"))
        text |= set(html.unescape(raw))
    return "".join(sorted(text))


def do_subset(fonts, unicodes, text_from, out):
    out.mkdir(parents=True, exist_ok=True)
    text = gather_text(text_from) if text_from else None
    for src in fonts:
        fs = inspect(src)
        if fs & 0xF == 2:
            print(f"  skipping {src}: restricted licence embedding"); continue
        opts = subset.Options()
        opts.flavor = "woff2"
        opts.layout_features = ["kern", "liga", "calt", "ccmp", "locl", "mark", "mkmk"]
        opts.name_IDs = ["*"]
        opts.hinting = False
        opts.desubroutinize = True
        font = TTFont(src)
        sub = subset.Subsetter(opts)
        if fs & 0x0100:
            print("  no-subsetting flag set: converting only")
            sub.populate(glyphs=font.getGlyphOrder())
        elif text:
            sub.populate(text=text)
        else:
            sub.populate(unicodes=subset.parse_unicodes(",".join(RANGES[u] for u in unicodes.split(","))))
        sub.subset(font)
        dst = out / (Path(src).stem + ".woff2")
        font.flavor = "woff2"
        font.save(dst)
        before, after = Path(src).stat().st_size, dst.stat().st_size
        print(f"  {before/1024:.0f} KB -> {after/1024:.0f} KB  {dst}")
        if text:
            cmap = font.getBestCmap()
            missing = [c for c in text if ord(c) > 32 and ord(c) not in cmap]
            if missing:
                print(f"  WARNING glyphs missing from font: {''.join(missing)}")


def css(files, inline):
    for f in files:
        font = TTFont(f)
        fam = name(font, 1)
        weight = font["OS/2"].usWeightClass
        style = "italic" if font["OS/2"].fsSelection & 1 else "normal"
        if inline:
            b64 = base64.b64encode(Path(f).read_bytes()).decode("ascii")
            src = f'url(data:font/woff2;base64,{b64}) format("woff2")'
        else:
            src = f'url("{Path(f).name}") format("woff2")'
        print(f"@font-face {{\n  font-family: \"{fam}\";\n  font-weight: {weight};\n"
              f"  font-style: {style};\n  font-display: swap;\n  src: {src};\n}}\n")


def main():
    ap = argparse.ArgumentParser()
    sub_ = ap.add_subparsers(dest="cmd", required=True)
    i = sub_.add_parser("inspect"); i.add_argument("fonts", nargs="+")
    s = sub_.add_parser("subset"); s.add_argument("fonts", nargs="+")
    s.add_argument("--unicodes", default="latin"); s.add_argument("--text-from")
    s.add_argument("--out", type=Path, required=True)
    c = sub_.add_parser("css"); c.add_argument("fonts", nargs="+"); c.add_argument("--inline", action="store_true")
    a = ap.parse_args()
    if a.cmd == "inspect":
        for f in a.fonts:
            inspect(f)
    elif a.cmd == "subset":
        do_subset(a.fonts, a.unicodes, a.text_from, a.out)
    else:
        css(a.fonts, a.inline)


if __name__ == "__main__":
    sys.exit(main())
