#!/usr/bin/env python3
import argparse, base64, binascii, codecs, string, urllib.parse

FLAG_PREFIXES = ["flag{", "CTF{", "HTB{", "picoCTF{"]
FREQ = "etaoin shrdlu"


def score(b: bytes, prefixes) -> float:
    try:
        s = b.decode("utf-8")
    except UnicodeDecodeError:
        return 0.0
    if not s:
        return 0.0
    printable = sum(c in string.printable for c in s) / len(s)
    freq = sum(s.lower().count(c) for c in FREQ) / len(s)
    bonus = 5.0 if any(p.lower() in s.lower() for p in prefixes) else 0.0
    return printable * 2 + freq + bonus


def candidates(data: bytes):
    s = data.strip()
    yield "raw", s
    for name, fn in [
        ("base64", lambda x: base64.b64decode(x + b"=" * (-len(x) % 4))),
        ("base64url", lambda x: base64.urlsafe_b64decode(x + b"=" * (-len(x) % 4))),
        ("base32", lambda x: base64.b32decode(x + b"=" * (-len(x) % 8), casefold=True)),
        ("base85", base64.b85decode),
        ("hex", lambda x: binascii.unhexlify(x.replace(b" ", b""))),
        ("url", lambda x: urllib.parse.unquote_to_bytes(x)),
        ("binary", lambda x: int(x.replace(b" ", b""), 2).to_bytes(len(x.replace(b" ", b"")) // 8, "big")),
    ]:
        try:
            yield name, fn(s)
        except Exception:
            pass
    text = s.decode("latin-1")
    for n in range(1, 26):
        yield f"rot{n}", "".join(
            chr((ord(c) - b + n) % 26 + b) if c.isalpha() and c.isascii() else c
            for c in text for b in [65 if c.isupper() else 97]
        ).encode()
    yield "atbash", text.translate(str.maketrans(
        string.ascii_letters, string.ascii_lowercase[::-1] + string.ascii_uppercase[::-1])).encode()


def xor_brute(hexstr: str):
    raw = bytes.fromhex(hexstr)
    for k in range(256):
        yield f"xor 0x{k:02x}", bytes(c ^ k for c in raw)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("blob", nargs="?")
    ap.add_argument("-f", "--file")
    ap.add_argument("--flag-format", action="append", default=[])
    ap.add_argument("--xor-brute")
    ap.add_argument("--chain", type=int, default=1)
    ap.add_argument("-n", type=int, default=5)
    a = ap.parse_args()
    prefixes = FLAG_PREFIXES + a.flag_format

    if a.xor_brute:
        res = list(xor_brute(a.xor_brute))
    else:
        data = open(a.file, "rb").read() if a.file else a.blob.encode()
        res = []
        path = []
        for _ in range(a.chain):
            ranked = sorted(candidates(data), key=lambda kv: score(kv[1], prefixes), reverse=True)
            best = next((r for r in ranked if r[0] != "raw"), ranked[0])
            path.append(best[0])
            res = ranked
            if any(p.lower() in best[1].decode("utf-8", "ignore").lower() for p in prefixes):
                break
            data = best[1]
        if a.chain > 1:
            print("chain:", " -> ".join(path))

    for name, out in sorted(res, key=lambda kv: score(kv[1], prefixes), reverse=True)[: a.n]:
        print(f"{score(out, prefixes):5.2f}  {name:10s}  {out[:120]!r}")


if __name__ == "__main__":
    main()
