#!/usr/bin/env python3
"""Show invisible / unusual Unicode characters in text read from stdin or a file (display only)."""
import sys
import unicodedata

SUSPECT_RANGES = [
    (0x200B, 0x200F, "zero-width / direction mark"),
    (0x202A, 0x202E, "bidi embedding/override"),
    (0x2060, 0x2064, "invisible operator"),
    (0xFEFF, 0xFEFF, "zero-width no-break space / BOM"),
    (0xE0000, 0xE007F, "tag character"),
]


def classify(cp):
    for lo, hi, name in SUSPECT_RANGES:
        if lo <= cp <= hi:
            return name
    return None


def main():
    text = open(sys.argv[1], encoding="utf-8").read() if len(sys.argv) > 1 else sys.stdin.read()
    found = 0
    for line_no, line in enumerate(text.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            kind = classify(ord(ch))
            if kind:
                found += 1
                name = unicodedata.name(ch, "UNNAMED")
                print(f"line {line_no} col {col}: U+{ord(ch):04X} {name} ({kind})")
    print(f"\n{found} hidden/unusual character(s) found.")


if __name__ == "__main__":
    main()
