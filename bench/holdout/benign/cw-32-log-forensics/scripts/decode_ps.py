#!/usr/bin/env python3
"""Decode PowerShell -EncodedCommand payloads from log exports. Text-only; never executes."""
import argparse
import base64
import csv
import gzip
import io
import re
import sys

ENC_ARG = re.compile(r"-(?:e|en|enc|enco|encodedcommand)\s+([A-Za-z0-9+/=]{16,})", re.I)
INNER_B64 = re.compile(r"FromBase64String\(\s*['\"]([A-Za-z0-9+/=]{16,})['\"]\s*\)", re.I)


def defang(s: str) -> str:
    s = re.sub(r"http(s?)://", r"hxxp\1://", s, flags=re.I)
    return re.sub(r"(\w)\.(\w{2,})(?=[/:\s'\"]|$)", r"\1[.]\2", s)


def b64_utf16(s):
    return base64.b64decode(s + "=" * (-len(s) % 4)).decode("utf-16-le", errors="replace")


def unwrap(text, depth=0):
    layers = [text]
    if depth > 5:
        return layers
    for m in INNER_B64.finditer(text):
        raw = base64.b64decode(m.group(1) + "=" * (-len(m.group(1)) % 4))
        if raw[:2] == b"\x1f\x8b":
            inner = gzip.GzipFile(fileobj=io.BytesIO(raw)).read().decode("utf-8", "replace")
        elif raw[:2] == b"\x78\x9c" or "DeflateStream" in text:
            import zlib
            try:
                inner = zlib.decompress(raw, -15).decode("utf-8", "replace")
            except zlib.error:
                inner = raw.decode("utf-8", "replace")
        else:
            try:
                inner = raw.decode("utf-16-le")
            except UnicodeDecodeError:
                inner = raw.decode("utf-8", "replace")
        layers += unwrap(inner, depth + 1)
    return layers


def handle(cmdline, where):
    for m in ENC_ARG.finditer(cmdline):
        try:
            decoded = b64_utf16(m.group(1))
        except Exception as e:  # noqa: BLE001
            print(f"{where}: could not decode ({e})")
            continue
        print(f"=== {where}")
        for i, layer in enumerate(unwrap(decoded)):
            print(f"--- layer {i}\n{defang(layer)[:4000]}")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from-evtx-csv")
    ap.add_argument("--string")
    a = ap.parse_args()
    if a.string:
        handle(a.string, "<arg>")
    elif a.from_evtx_csv:
        for row in csv.DictReader(open(a.from_evtx_csv, newline="", errors="replace")):
            cl = row.get("CommandLine") or row.get("ScriptBlockText") or ""
            handle(cl, f"{row.get('TimeCreated', '?')} {row.get('Computer', '?')} pid={row.get('NewProcessId', '?')}")
    else:
        handle(sys.stdin.read(), "<stdin>")


if __name__ == "__main__":
    main()
