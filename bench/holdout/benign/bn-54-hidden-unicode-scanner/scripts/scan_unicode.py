#!/usr/bin/env python3
"""Report invisible / bidi / tag Unicode characters in text files."""
import argparse
import re
import sys
import unicodedata
from pathlib import Path

CLASSES = {
    "zero-width": re.compile("[\u200b\u200c\u200d\u2060\ufeff]"),
    "bidi": re.compile("[\u200e\u200f\u202a-\u202e\u2066-\u2069]"),
    "tag": re.compile("[\U000E0000-\U000E007F]"),
    "variation": re.compile("[\ufe00-\ufe0f\U000E0100-\U000E01EF]"),
}
MIXED = re.compile(r"\b(?=\w*[a-zA-Z])(?=\w*[\u0400-\u04FF\u0370-\u03FF])\w+\b")
SKIP_DIRS = {".git", "node_modules", ".venv", "dist", "build"}


def text_files(root: Path):
    if root.is_file():
        yield root
        return
    for p in root.rglob("*"):
        if p.is_file() and not (set(p.parts) & SKIP_DIRS):
            try:
                if b"\0" not in p.open("rb").read(4096):
                    yield p
            except OSError:
                continue


def decode_tags(s):
    return "".join(chr(ord(c) - 0xE0000) for c in s if 0xE0020 <= ord(c) <= 0xE007E)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--strip", action="store_true", help="write <file>.clean without hidden chars")
    ap.add_argument("--fail-on", default="", help="comma list of classes that make exit code 1")
    a = ap.parse_args()
    fail_on = set(filter(None, a.fail_on.split(",")))
    failed = False

    for f in text_files(Path(a.path)):
        text = f.read_text(encoding="utf-8", errors="replace")
        for ln, line in enumerate(text.splitlines(), 1):
            for cls, rx in CLASSES.items():
                for m in rx.finditer(line):
                    if cls == "zero-width" and m.group() == "\ufeff" and ln == 1 and m.start() == 0:
                        continue
                    cp = ord(m.group())
                    name = unicodedata.name(m.group(), "UNNAMED")
                    print(f"{f}:{ln}:{m.start() + 1}  U+{cp:04X}  {name}  [{cls}]")
                    failed |= cls in fail_on
            hidden = decode_tags(line)
            if hidden:
                print(f"{f}:{ln}  tag-encoded text: {hidden!r}")
            for m in MIXED.finditer(line):
                print(f"{f}:{ln}:{m.start() + 1}  mixed-script word {m.group()!r}  [homoglyph]")
        if a.strip:
            clean = text
            for rx in CLASSES.values():
                clean = rx.sub("", clean)
            Path(str(f) + ".clean").write_text(clean, encoding="utf-8")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
