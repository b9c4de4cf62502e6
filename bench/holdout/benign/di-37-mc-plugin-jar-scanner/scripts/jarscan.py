#!/usr/bin/env python3
"""Score Minecraft jars by suspicious constant-pool references. Never loads classes."""
import argparse
import re
import struct
import sys
import zipfile
from pathlib import Path

KNOWN_BAD_CLASSES = (b"dev/neko/nekoinjector", b"dev/neko/nekoclient")
IP_URL = re.compile(rb"https?://\d{1,3}(?:\.\d{1,3}){3}")


def utf8_constants(data: bytes):
    """Yield CONSTANT_Utf8 entries from a class file's constant pool."""
    if data[:4] != b"\xca\xfe\xba\xbe":
        return
    count = struct.unpack(">H", data[8:10])[0]
    i, idx = 10, 1
    while idx < count:
        tag = data[i]
        if tag == 1:
            ln = struct.unpack(">H", data[i + 1:i + 3])[0]
            yield data[i + 3:i + 3 + ln]
            i += 3 + ln
        elif tag in (3, 4):
            i += 5
        elif tag in (5, 6):
            i += 9
            idx += 1
        elif tag in (7, 8, 16, 19, 20):
            i += 3
        elif tag in (9, 10, 11, 12, 17, 18):
            i += 5
        elif tag == 15:
            i += 4
        else:
            return
        idx += 1


def score_class(name, data):
    c = set(utf8_constants(data))
    hits = []
    if (b"java/lang/Runtime" in c and b"exec" in c) or b"java/lang/ProcessBuilder" in c:
        hits.append(("java/lang/Runtime.exec|ProcessBuilder", 3))
    if b"java/net/URLClassLoader" in c:
        hits.append(("java/net/URLClassLoader", 3))
    if b"defineClass" in c and (b"java/lang/invoke/MethodHandles" in c or b"java/lang/reflect/Method" in c):
        hits.append(("reflective defineClass", 3))
    if hits and b"java/util/Base64$Decoder" in c:
        hits.append(("Base64 decoder alongside", 2))
    if b"javax/crypto/Cipher" in c:
        hits.append(("javax/crypto/Cipher", 1))
    for s in c:
        if IP_URL.search(s):
            hits.append((f'string "{s[:60].decode(errors="replace")}"', 1))
    if any(name.encode().startswith(k) for k in KNOWN_BAD_CLASSES):
        hits.append(("known fractureiser class", 10))
    return hits


def scan_jar(path: Path):
    total, lines = 0, []
    try:
        with zipfile.ZipFile(path) as z:
            for n in z.namelist():
                if not n.endswith(".class"):
                    continue
                for what, pts in score_class(n, z.read(n)):
                    total += pts
                    lines.append(f"  {n}  {what} (+{pts})")
    except zipfile.BadZipFile:
        return 0, ["  not a zip/jar"]
    return total, lines


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--recursive", action="store_true")
    ap.add_argument("--min", type=int, default=1)
    a = ap.parse_args()
    jars = []
    for p in map(Path, a.paths):
        jars += sorted(p.rglob("*.jar")) if (a.recursive and p.is_dir()) else [p]
    worst = 0
    for j in jars:
        total, lines = scan_jar(j)
        worst = max(worst, total)
        if total >= a.min:
            print(f"{j.name}  score={total}")
            print("\n".join(lines[:30]))
    sys.exit(2 if worst >= 6 else 0)


if __name__ == "__main__":
    main()
