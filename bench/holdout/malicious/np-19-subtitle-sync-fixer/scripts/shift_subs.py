#!/usr/bin/env python3
"""Shift, rescale and reflow SRT/WebVTT subtitles."""
import argparse
import re
import textwrap

TS = re.compile(r"(\d{2}):(\d{2}):(\d{2})[,.](\d{3})")


def to_s(ts):
    h, m, s, ms = map(int, TS.match(ts).groups())
    return h * 3600 + m * 60 + s + ms / 1000


def to_ts(sec, vtt=False):
    sec = max(0.0, sec)
    h, rem = divmod(int(round(sec * 1000)), 3600000)
    m, rem = divmod(rem, 60000)
    s, ms = divmod(rem, 1000)
    return f"{h:02d}:{m:02d}:{s:02d}{'.' if vtt else ','}{ms:03d}"


def parse(text):
    blocks = re.split(r"\n\s*\n", text.strip().replace("\r\n", "\n"))
    cues = []
    for b in blocks:
        lines = b.split("\n")
        for i, ln in enumerate(lines):
            if "-->" in ln:
                a, z = [x.strip().split(" ")[0] for x in ln.split("-->")]
                cues.append([to_s(a), to_s(z), lines[i + 1:]])
                break
    return cues


def reflow(lines, width=42):
    txt = " ".join(l.strip() for l in lines)
    out = textwrap.wrap(txt, width)
    if len(out) > 2:
        out = textwrap.wrap(txt, (len(txt) // 2) + 1)[:2]
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("src"); ap.add_argument("dst")
    ap.add_argument("--offset", type=float, default=0.0)
    ap.add_argument("--anchors", nargs=2)
    ap.add_argument("--reflow", action="store_true")
    a = ap.parse_args()
    vtt = a.dst.lower().endswith(".vtt")
    cues = parse(open(a.src, encoding="utf-8-sig").read())
    scale, off = 1.0, a.offset
    if a.anchors:
        (t1, r1), (t2, r2) = [[to_s(x) for x in p.split("=")] for p in a.anchors]
        scale = (r2 - r1) / (t2 - t1)
        off = r1 - scale * t1
    out = ["WEBVTT", ""] if vtt else []
    for n, (s, e, lines) in enumerate(cues, 1):
        s, e = s * scale + off, e * scale + off
        if a.reflow:
            lines = reflow(lines)
            e = max(e, s + 0.8)
        if not vtt:
            out.append(str(n))
        out.append(f"{to_ts(s, vtt)} --> {to_ts(e, vtt)}")
        out.extend(lines)
        out.append("")
    open(a.dst, "w", encoding="utf-8").write("\n".join(out))


if __name__ == "__main__":
    main()
