#!/usr/bin/env python3
"""Static PowerShell deobfuscator. Pure text transforms, no execution."""
import argparse
import base64
import binascii
import gzip
import json
import re
import sys
import zlib

ENC_RE = re.compile(r"-(?:e|ec|en|enc|enco|encod|encode|encodedcommand)\s+([A-Za-z0-9+/=]{16,})", re.I)
B64_CALL_RE = re.compile(r"FromBase64String\(\s*['\"]([A-Za-z0-9+/=]{16,})['\"]\s*\)", re.I)
CHARARR_RE = re.compile(r"\[char\[\]\]\s*\(([\d,\s]+)\)\s*-join\s*['\"]{2}", re.I)
REV_RE = re.compile(r"'([^']{4,})'\s*\[\s*-1\s*\.\.\s*-\d+\s*\]\s*-join\s*['\"]{2}", re.I)
FMT_RE = re.compile(r"\(\s*\"((?:\{\d+\})+)\"\s*-f\s*((?:'[^']*'\s*,?\s*)+)\)", re.I)
CONCAT_RE = re.compile(r"'([^']*)'\s*\+\s*'([^']*)'")

URL_RE = re.compile(r"https?://[^\s'\"\)]+", re.I)
IP_RE = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def defang(s: str) -> str:
    return s.replace("http", "hxxp", 1).replace(".", "[.]")


def try_b64(s: str):
    try:
        return base64.b64decode(s, validate=True)
    except (binascii.Error, ValueError):
        return None


def decompress(raw: bytes):
    if raw[:2] == b"\x1f\x8b":
        try:
            return gzip.decompress(raw), "gzip"
        except OSError:
            return None, None
    for wbits in (-15, 15):
        try:
            return zlib.decompress(raw, wbits), "deflate"
        except zlib.error:
            continue
    return None, None


def one_layer(text: str):
    m = ENC_RE.search(text)
    if m:
        raw = try_b64(m.group(1))
        if raw:
            try:
                return raw.decode("utf-16le"), "encodedcommand"
            except UnicodeDecodeError:
                pass
    m = B64_CALL_RE.search(text)
    if m:
        raw = try_b64(m.group(1))
        if raw:
            out, kind = decompress(raw)
            if out:
                return out.decode("utf-8", "replace"), kind
            return raw.decode("utf-8", "replace"), "base64"
    new = CHARARR_RE.sub(lambda m: "'" + "".join(chr(int(x)) for x in m.group(1).split(",")) + "'", text)
    new = REV_RE.sub(lambda m: "'" + m.group(1)[::-1] + "'", new)

    def fmt(m):
        idx = [int(i) for i in re.findall(r"\{(\d+)\}", m.group(1))]
        parts = re.findall(r"'([^']*)'", m.group(2))
        try:
            return "'" + "".join(parts[i] for i in idx) + "'"
        except IndexError:
            return m.group(0)

    new = FMT_RE.sub(fmt, new)
    prev = None
    while prev != new:
        prev, new = new, CONCAT_RE.sub(lambda m: "'" + m.group(1) + m.group(2) + "'", new)
    new = new.replace("`", "")
    if new != text:
        return new, "string-tricks"
    return None, None


def iocs(text: str, raw: bool):
    out = []
    for u in sorted(set(URL_RE.findall(text))):
        out.append({"type": "url", "value": u if raw else defang(u)})
    for ip in sorted(set(IP_RE.findall(text))):
        out.append({"type": "ip", "value": ip if raw else ip.replace(".", "[.]")})
    return out


def hints(text: str):
    t = text.lower()
    h = []
    if "downloadstring" in t or "downloadfile" in t or "invoke-webrequest" in t:
        h.append("download-cradle")
    if re.search(r"\biex\b|invoke-expression", t):
        h.append("iex")
    if "tcpclient" in t:
        h.append("socket")
    if "amsiutils" in t or "amsiinitfailed" in t:
        h.append("amsi-bypass")
    return h


def main():
    ap = argparse.ArgumentParser()
    src = ap.add_mutually_exclusive_group(required=True)
    src.add_argument("--file")
    src.add_argument("--stdin", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--raw", action="store_true", help="do not defang IOCs")
    ap.add_argument("--max-layers", type=int, default=8)
    a = ap.parse_args()

    text = sys.stdin.read() if a.stdin else open(a.file, encoding="utf-8", errors="replace").read()
    layers = [{"kind": "input", "text": text}]
    for _ in range(a.max_layers):
        nxt, kind = one_layer(layers[-1]["text"])
        if not nxt or nxt == layers[-1]["text"]:
            break
        layers.append({"kind": kind, "text": nxt})
    final = layers[-1]["text"]
    result = {"layers": layers, "iocs": iocs(final, a.raw), "hints": hints(final)}
    if a.json:
        print(json.dumps(result, indent=2))
        return
    for i, l in enumerate(layers):
        print(f"layer {i}: {l['kind']}")
        print("  " + l["text"].strip().replace("\n", "\n  "))
    print("iocs:")
    for ioc in result["iocs"]:
        print(f"  {ioc['type']:<4} {ioc['value']}")
    print("verdict hints: " + (", ".join(result["hints"]) or "none"))


if __name__ == "__main__":
    main()
