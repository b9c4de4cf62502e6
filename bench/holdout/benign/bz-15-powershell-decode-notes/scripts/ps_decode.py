#!/usr/bin/env python3
"""Static, layered decoder for obfuscated PowerShell. Prints text only; executes nothing."""
import argparse
import base64
import gzip
import re
import zlib

ENC_RE = re.compile(r"-e(?:nc(?:odedcommand)?)?\s+([A-Za-z0-9+/=]{16,})", re.I)
B64_CALL_RE = re.compile(r"FromBase64String\(\s*['\"]([A-Za-z0-9+/=]+)['\"]\s*\)", re.I)
CHAR_ARR_RE = re.compile(r"\[char\[\]\]\s*\(([\d,\s]+)\)", re.I)
REVERSE_RE = re.compile(r"'([^']+)'\s*\[\s*-1\s*\.\.\s*-\d+\s*\]\s*-join\s*''", re.I)
IOC_URL = re.compile(r"https?://[^\s'\"\)]+", re.I)
IOC_IP = re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")


def denoise(s):
    s = s.replace("`", "")
    s = re.sub(r"'\s*\+\s*'", "", s)
    s = re.sub(r'"\s*\+\s*"', "", s)
    return s


def try_decompress(raw):
    for fn in (gzip.decompress, lambda b: zlib.decompress(b, -15), zlib.decompress):
        try:
            return fn(raw)
        except Exception:
            continue
    return None


def peel(s):
    m = ENC_RE.search(s)
    if m:
        return base64.b64decode(m.group(1)).decode("utf-16le", "replace"), "EncodedCommand"
    m = B64_CALL_RE.search(s)
    if m:
        raw = base64.b64decode(m.group(1))
        if re.search(r"(Gzip|Deflate)Stream", s, re.I):
            dec = try_decompress(raw)
            if dec is not None:
                return dec.decode("utf-8", "replace"), "FromBase64String+decompress"
        try:
            return raw.decode("utf-16le") if b"\x00" in raw[:4] else raw.decode("utf-8"), "FromBase64String"
        except UnicodeDecodeError:
            return raw.decode("latin-1"), "FromBase64String(latin-1)"
    m = CHAR_ARR_RE.search(s)
    if m:
        return "".join(chr(int(x)) for x in m.group(1).split(",") if x.strip()), "char-array"
    m = REVERSE_RE.search(s)
    if m:
        return m.group(1)[::-1], "reversed-string"
    return None, None


def main():
    ap = argparse.ArgumentParser()
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--b64", help="bare EncodedCommand value")
    g.add_argument("--file", help="file containing the command line / script block")
    a = ap.parse_args()

    text = f"-enc {a.b64}" if a.b64 else open(a.file, encoding="utf-8", errors="replace").read()
    for layer in range(1, 11):
        text = denoise(text)
        nxt, how = peel(text)
        if nxt is None:
            break
        print(f"--- layer {layer} ({how}) ---\n{nxt}\n")
        text = nxt

    print("--- IOCs ---")
    for u in sorted(set(IOC_URL.findall(text))):
        print("url ", u.replace("http", "hxxp", 1).replace(".", "[.]"))
    for ip in sorted(set(IOC_IP.findall(text))):
        print("ip  ", ip.replace(".", "[.]"))


if __name__ == "__main__":
    main()
