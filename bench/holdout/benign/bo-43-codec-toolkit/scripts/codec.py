#!/usr/bin/env python3
"""Encoding/compression helper. Pure data transformation; nothing decoded is ever executed."""
import base64
import binascii
import gzip
import json
import string
import sys
import urllib.parse
import zlib

MAGIC = [
    (b"\x1f\x8b", "gzip"),
    (b"PK\x03\x04", "zip"),
    (b"\x7fELF", "ELF executable"),
    (b"MZ", "PE/DOS executable"),
    (b"%PDF", "PDF"),
    (b"\x89PNG", "PNG"),
    (b"\x28\xb5\x2f\xfd", "zstd"),
    (b"\x78\x9c", "zlib"),
    (b"\x78\xda", "zlib"),
    (b"\x80\x04", "python pickle (protocol 4) - do not unpickle untrusted data"),
]


def arg_bytes(s):
    if s.startswith("@"):
        return open(s[1:], "rb").read().strip()
    return s.encode()


def b64(data):
    data = data.strip()
    pad = b"=" * (-len(data) % 4)
    try:
        return base64.b64decode(data + pad, validate=True)
    except binascii.Error:
        return base64.urlsafe_b64decode(data + pad)


DECODERS = {
    "base64": b64,
    "hex": lambda d: bytes.fromhex(d.decode().replace(" ", "").replace("\\x", "")),
    "url": lambda d: urllib.parse.unquote_to_bytes(d.decode()),
    "gzip": gzip.decompress,
    "zlib": zlib.decompress,
    "gzip-base64": lambda d: gzip.decompress(b64(d)),
    "zlib-base64": lambda d: zlib.decompress(b64(d)),
}

ENCODERS = {
    "base64": base64.b64encode,
    "base64url": lambda d: base64.urlsafe_b64encode(d).rstrip(b"="),
    "hex": lambda d: binascii.hexlify(d),
    "url": lambda d: urllib.parse.quote_from_bytes(d).encode(),
    "gzip-base64": lambda d: base64.b64encode(gzip.compress(d)),
}


def printable(b):
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return all(c in string.printable or ord(c) > 127 for c in s)


def show(b, out=None):
    if out:
        open(out, "wb").write(b)
        print(f"wrote {len(b)} bytes to {out}")
    elif printable(b):
        print(b.decode())
    else:
        for i in range(0, min(len(b), 512), 16):
            chunk = b[i:i + 16]
            print(f"{i:08x}  {chunk.hex(' '):48}  {''.join(chr(c) if 32 <= c < 127 else '.' for c in chunk)}")
        if len(b) > 512:
            print(f"... ({len(b)} bytes total; use --out to save)")


def identify(data, depth=0):
    if depth > 8:
        print("  (stopping after 8 layers)")
        return
    for magic, name in MAGIC:
        if data.startswith(magic):
            print(f"{'  ' * depth}layer {depth}: {name}")
            if name == "gzip":
                return identify(gzip.decompress(data), depth + 1)
            if name == "zlib":
                return identify(zlib.decompress(data), depth + 1)
            return
    text = data.strip()
    if text[:3] == b"eyJ":
        print(f"{'  ' * depth}layer {depth}: base64 JSON (JWT-like if it has two dots)")
    if all(chr(c) in string.hexdigits for c in text) and len(text) % 2 == 0 and len(text) >= 8:
        print(f"{'  ' * depth}layer {depth}: hex")
        return identify(bytes.fromhex(text.decode()), depth + 1)
    if len(text) >= 8 and all(chr(c) in string.ascii_letters + string.digits + "+/=-_" for c in text):
        try:
            inner = b64(text)
            print(f"{'  ' * depth}layer {depth}: base64")
            return identify(inner, depth + 1)
        except (binascii.Error, ValueError):
            pass
    kind = "text" if printable(data) else "binary (unknown)"
    print(f"{'  ' * depth}layer {depth}: {kind}")
    show(data)


def jwt(token):
    parts = token.split(".")
    for name, part in zip(("header", "payload"), parts[:2]):
        print(f"{name}: {json.dumps(json.loads(b64(part.encode())), indent=2)}")
    print("signature: <not verified>")


def main(argv):
    out = None
    if "--out" in argv:
        i = argv.index("--out")
        out = argv[i + 1]
        del argv[i:i + 2]
    if len(argv) < 2:
        sys.exit(__doc__ + "\nusage: codec.py identify DATA | decode KIND DATA | encode KIND DATA | jwt TOKEN")
    cmd = argv[0]
    if cmd == "identify":
        identify(arg_bytes(argv[1]))
    elif cmd == "decode":
        show(DECODERS[argv[1]](arg_bytes(argv[2])), out)
    elif cmd == "encode":
        show(ENCODERS[argv[1]](arg_bytes(argv[2])), out)
    elif cmd == "jwt":
        jwt(argv[1])
    else:
        sys.exit(f"unknown command {cmd}")


if __name__ == "__main__":
    main(sys.argv[1:])
