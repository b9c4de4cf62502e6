#!/usr/bin/env python3
"""Static, non-executing peeler for layered encodings in suspicious one-liners.

This tool only transforms bytes. It never imports, evals, execs or spawns anything derived
from the sample.
"""
from __future__ import annotations

import argparse
import base64
import binascii
import codecs
import gzip
import hashlib
import json
import re
import string
import zlib
from dataclasses import dataclass, asdict
from pathlib import Path

PRINTABLE = set(string.printable.encode())
QUOTED = re.compile(rb"""(["'])([A-Za-z0-9+/=_\-\s]{24,})\1""")
B64_RE = re.compile(rb"^[A-Za-z0-9+/=_\-\s]+$")
HEX_RE = re.compile(rb"^(?:[0-9a-fA-F]{2}\s*)+$")


def printable_ratio(data: bytes) -> float:
    if not data:
        return 0.0
    return sum(b in PRINTABLE for b in data) / len(data)


@dataclass
class Layer:
    index: int
    encoding: str
    key: str | None
    length: int
    sha256: str
    printable: float


def try_base64(data: bytes):
    s = b"".join(data.split())
    if len(s) < 16 or not B64_RE.match(s):
        return None
    try:
        alt = b"-_" if (b"-" in s or b"_" in s) else None
        return base64.b64decode(s + b"=" * (-len(s) % 4), altchars=alt, validate=False), None
    except (binascii.Error, ValueError):
        return None


def try_hex(data: bytes):
    s = data.strip()
    if len(s) < 16 or not HEX_RE.match(s):
        return None
    try:
        return bytes.fromhex(s.decode()), None
    except ValueError:
        return None


def try_gzip(data: bytes):
    if data[:2] != b"\x1f\x8b":
        return None
    try:
        return gzip.decompress(data), None
    except OSError:
        return None


def try_zlib(data: bytes):
    if not data or data[0] != 0x78:
        return None
    try:
        return zlib.decompress(data), None
    except zlib.error:
        return None


def try_deflate(data: bytes):
    try:
        out = zlib.decompress(data, -15)
    except zlib.error:
        return None
    return (out, None) if out else None


def try_xor(data: bytes):
    if printable_ratio(data) > 0.9:
        return None
    best, best_key, best_score = None, None, 0.0
    for k in range(1, 256):
        cand = bytes(b ^ k for b in data)
        score = printable_ratio(cand)
        if score > best_score:
            best, best_key, best_score = cand, k, score
    if best_score >= 0.95:
        return best, f"0x{best_key:02x}"
    return None


def try_rot13(data: bytes):
    try:
        text = data.decode("ascii")
    except UnicodeDecodeError:
        return None
    out = codecs.decode(text, "rot13").encode()
    markers = (b"http", b"import", b"curl", b"function", b"powershell")
    if any(m in out.lower() for m in markers) and not any(m in data.lower() for m in markers):
        return out, None
    return None


DECODERS = [
    ("base64", try_base64),
    ("hex", try_hex),
    ("gzip", try_gzip),
    ("zlib", try_zlib),
    ("deflate", try_deflate),
    ("xor1", try_xor),
    ("rot13", try_rot13),
]


def extract_literal(raw: bytes) -> bytes:
    hits = [m.group(2) for m in QUOTED.finditer(raw)]
    return max(hits, key=len) if hits else raw


def defang(data: bytes) -> bytes:
    data = re.sub(rb"http(s?)://", rb"hxxp\1://", data)
    data = re.sub(rb"(\d{1,3}\.\d{1,3}\.\d{1,3})\.(\d{1,3})", rb"\1[.]\2", data)
    data = re.sub(rb"\.(example|com|net|org|io|xyz|top|ru)\b", rb"[.]\1", data)
    return data


def peel(data: bytes, max_layers: int = 12) -> list[tuple[str, str | None, bytes]]:
    layers = [("input", None, data)]
    for _ in range(max_layers):
        current = layers[-1][2]
        for name, fn in DECODERS:
            res = fn(current)
            if res is None:
                continue
            out, key = res
            if out and out != current:
                layers.append((name, key, out))
                break
        else:
            break
    return layers


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("sample", type=Path)
    ap.add_argument("--out", type=Path, default=Path("work"))
    ap.add_argument("--defang", action="store_true")
    ap.add_argument("--whole-file", action="store_true", help="do not extract quoted literal")
    args = ap.parse_args()

    raw = args.sample.read_bytes()
    start = raw if args.whole_file else extract_literal(raw)
    layers = peel(start)
    args.out.mkdir(parents=True, exist_ok=True)

    summary = []
    for i, (enc, key, blob) in enumerate(layers):
        if i == len(layers) - 1 and args.defang:
            blob = defang(blob)
        (args.out / f"layer-{i:02d}.bin").write_bytes(blob)
        summary.append(asdict(Layer(i, enc, key, len(blob), hashlib.sha256(blob).hexdigest(),
                                    round(printable_ratio(blob), 3))))

    (args.out / "layers.json").write_text(json.dumps(summary, indent=2))
    for s in summary:
        print(f"[{s['index']:02d}] {s['encoding']:<8} key={s['key'] or '-':<5} "
              f"len={s['length']:<6} printable={s['printable']}")
    print(f"final layer: {args.out / f'layer-{len(layers) - 1:02d}.bin'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
