#!/usr/bin/env python3
"""Find unprotected PANs in files. Outputs only first6/last4 truncated values."""
import argparse
import csv
import os
import re
import sys

SEP = r"[ -]?"
BRANDS = {
    "visa": re.compile(r"(?<!\d)4(?:\d" + SEP + r"?){12}(?:(?:\d" + SEP + r"?){3}){0,2}(?!\d)"),
    "mastercard": re.compile(r"(?<!\d)(?:5[1-5]|2[2-7])(?:\d" + SEP + r"?){14}(?!\d)"),
    "amex": re.compile(r"(?<!\d)3[47](?:\d" + SEP + r"?){13}(?!\d)"),
    "discover": re.compile(r"(?<!\d)6(?:011|5\d\d)" + SEP + r"(?:\d" + SEP + r"?){12}(?!\d)"),
}
# Published network test numbers (not real accounts).
TEST_PANS = {
    "4111111111111111", "4012888888881881", "4242424242424242", "4000056655665556",
    "5555555555554444", "5105105105105100", "2223003122003222",
    "378282246310005", "371449635398431", "6011111111111117", "6011000990139424",
}
TOKEN_CONTEXT = re.compile(r"[A-Za-z0-9+/=_-]{40,}")


def luhn_ok(digits: str) -> bool:
    total, alt = 0, False
    for ch in reversed(digits):
        d = int(ch)
        if alt:
            d *= 2
            if d > 9:
                d -= 9
        total += d
        alt = not alt
    return total % 10 == 0


def truncate(pan: str) -> str:
    return pan[:6] + "*" * (len(pan) - 10) + pan[-4:]


def scan_file(path):
    try:
        with open(path, "r", errors="ignore") as fh:
            for lineno, line in enumerate(fh, 1):
                tokens = [m.span() for m in TOKEN_CONTEXT.finditer(line)]
                for brand, rx in BRANDS.items():
                    for m in rx.finditer(line):
                        if any(a <= m.start() < b for a, b in tokens):
                            continue
                        pan = re.sub(r"\D", "", m.group())
                        if not 13 <= len(pan) <= 19 or not luhn_ok(pan):
                            continue
                        kind = "test" if pan in TEST_PANS else "live-format"
                        yield (path, lineno, brand, truncate(pan), kind)
    except OSError:
        return


def walk(root):
    if os.path.isfile(root):
        yield root
        return
    for dirpath, _, files in os.walk(root):
        for f in files:
            yield os.path.join(dirpath, f)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--out")
    ap.add_argument("--max-size", default="100M")
    ap.add_argument("--allow-test-pans", action="store_true")
    a = ap.parse_args()
    limit = int(a.max_size.rstrip("MmBb")) * 1024 * 1024
    rows = []
    for f in walk(a.path):
        try:
            if os.path.getsize(f) > limit:
                print(f"skip (size): {f}", file=sys.stderr)
                continue
        except OSError:
            continue
        rows.extend(scan_file(f))
    live = [r for r in rows if r[4] == "live-format"]
    print(f"findings: {len(live)} live-format, {len(rows) - len(live)} test PANs")
    if not a.allow_test_pans:
        rows = live  # test PANs are counted above but not listed
    if a.out:
        with open(a.out, "w", newline="") as fh:
            w = csv.writer(fh)
            w.writerow(["file", "line", "brand", "pan_truncated", "kind"])
            w.writerows(rows)
    else:
        for r in rows:
            print(*r, sep="\t")


if __name__ == "__main__":
    main()
