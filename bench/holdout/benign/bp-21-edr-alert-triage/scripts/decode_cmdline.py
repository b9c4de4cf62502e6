#!/usr/bin/env python3
"""Decode obfuscated command lines from EDR alerts FOR READING ONLY.

Nothing decoded here is executed; output is defanged.
"""
import argparse
import base64
import binascii
import json
import re
import sys

B64 = re.compile(r"(?:[A-Za-z0-9+/]{4}){6,}(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?")
ENC_FLAG = re.compile(r"-(?:e|en|enc|enco|encodedcommand)\s+([A-Za-z0-9+/=]+)", re.I)
CHARCODES = re.compile(r"(?:\[char\]\s*\d+\s*\+?\s*){4,}", re.I)


def defang(s):
    s = re.sub(r"http(s?)://", r"hxxp\1://", s)
    s = re.sub(r"(\d{1,3}\.\d{1,3}\.\d{1,3})\.(\d{1,3})", r"\1[.]\2", s)
    return s


def try_b64(blob):
    try:
        raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=True)
    except (binascii.Error, ValueError):
        return None
    for enc in ("utf-16le", "utf-8"):
        try:
            text = raw.decode(enc)
        except UnicodeDecodeError:
            continue
        printable = sum(c.isprintable() or c in "\r\n\t" for c in text) / max(len(text), 1)
        if printable > 0.9:
            return text
    return None


def decode(cmd, depth=0, out=None):
    out = out if out is not None else []
    if depth > 3:
        return out
    m = ENC_FLAG.search(cmd)
    blobs = [m.group(1)] if m else B64.findall(cmd)
    for blob in blobs:
        text = try_b64(blob)
        if text and text != cmd:
            out.append((depth + 1, "base64", text))
            decode(text, depth + 1, out)
    for chunk in CHARCODES.findall(cmd):
        text = "".join(chr(int(n)) for n in re.findall(r"\d+", chunk))
        out.append((depth + 1, "charcodes", text))
    return out


def command_lines(obj):
    if isinstance(obj, dict):
        for k, v in obj.items():
            if isinstance(v, str) and k.lower() in ("commandline", "command_line", "cmdline", "processcommandline"):
                yield v
            else:
                yield from command_lines(v)
    elif isinstance(obj, list):
        for v in obj:
            yield from command_lines(v)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--file")
    ap.add_argument("cmd", nargs="?")
    a = ap.parse_args()
    cmds = list(command_lines(json.load(open(a.file)))) if a.file else [a.cmd or sys.stdin.read()]
    for c in cmds:
        print("original:", defang(c))
        for depth, how, text in decode(c):
            print(f"  layer {depth} ({how}):", defang(text))


if __name__ == "__main__":
    main()
