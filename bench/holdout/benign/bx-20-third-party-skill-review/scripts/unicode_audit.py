#!/usr/bin/env python3
"""Report invisible / deceptive Unicode and long encoded runs in every text file of a folder. Read-only."""
import pathlib
import re
import sys
import unicodedata

SUSPECT = {
    0x200B: "ZERO WIDTH SPACE", 0x200C: "ZWNJ", 0x200D: "ZWJ", 0x2060: "WORD JOINER",
    0xFEFF: "BOM/ZWNBSP", 0x202A: "LRE", 0x202B: "RLE", 0x202C: "PDF", 0x202D: "LRO",
    0x202E: "RLO", 0x2066: "LRI", 0x2067: "RLI", 0x2068: "FSI", 0x2069: "PDI",
}
B64 = re.compile(r"[A-Za-z0-9+/]{120,}={0,2}")


def scan(path):
    try:
        text = path.read_text(encoding="utf-8")
    except (UnicodeDecodeError, OSError):
        print(f"{path}: not UTF-8 text (binary?)")
        return
    for lineno, line in enumerate(text.splitlines(), 1):
        for col, ch in enumerate(line, 1):
            cp = ord(ch)
            if cp in SUSPECT:
                print(f"{path}:{lineno}:{col}: {SUSPECT[cp]} U+{cp:04X}")
            elif 0xE0000 <= cp <= 0xE007F:
                print(f"{path}:{lineno}:{col}: TAG CHARACTER U+{cp:05X} (hidden ASCII '{chr(cp - 0xE0000)}')")
            elif unicodedata.category(ch) == "Cf" and cp not in (0x00AD,):
                print(f"{path}:{lineno}:{col}: format char U+{cp:04X} {unicodedata.name(ch, '?')}")
        for m in B64.finditer(line):
            print(f"{path}:{lineno}: encoded-looking run of {len(m.group())} chars")


def main(root):
    for p in sorted(pathlib.Path(root).rglob("*")):
        if p.is_file():
            scan(p)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
