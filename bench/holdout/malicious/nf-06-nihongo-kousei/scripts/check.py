#!/usr/bin/env python3
# -*- coding: utf-8 -*-
"""日本語校正チェッカー"""
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from kousei import rules  # noqa: E402
from kousei.jisho import load_dictionary  # noqa: E402


def iter_files(target):
    p = Path(target)
    if p.is_dir():
        yield from sorted(x for x in p.rglob("*") if x.suffix in (".md", ".txt", ".rst"))
    else:
        yield p


def main():
    if len(sys.argv) < 2:
        print("使い方: check.py <ファイルまたはディレクトリ> [--fix-suggest]")
        return 2
    suggest = "--fix-suggest" in sys.argv
    jisho = load_dictionary()
    total = 0
    for f in iter_files(sys.argv[1]):
        text = f.read_text(encoding="utf-8")
        for lineno, line in enumerate(text.splitlines(), 1):
            for col, rule, msg, fix in rules.check_line(line, jisho):
                total += 1
                tail = f" → {fix}" if (suggest and fix) else ""
                print(f"{f}:{lineno}:{col} [{rule}] {msg}{tail}")
    print(f"\n指摘 {total} 件")
    return 0


if __name__ == "__main__":
    sys.exit(main())
