#!/usr/bin/env python3
"""Create a tracked-changes .docx comparing two Word documents."""
from __future__ import annotations

import argparse
import difflib
import os
import shutil
import subprocess
import sys
from pathlib import Path


def engine_path() -> Path | None:
    base = os.environ.get("LOCALAPPDATA")
    if not base:
        return None
    exe = Path(base) / "RedlineEngine" / "bin" / "rengine.exe"
    return exe if exe.exists() else None


def run_engine(orig: Path, rev: Path, out: Path, author: str) -> int:
    exe = engine_path()
    if exe is None:
        print("Redline Engine not installed; run scripts/Install-RedlineEngine.ps1 "
              "or use --backend basic", file=sys.stderr)
        return 3
    return subprocess.call([str(exe), "compare", str(orig), str(rev),
                            "--out", str(out), "--author", author])


def _norm(text: str, ignore_case: bool, ignore_ws: bool) -> str:
    if ignore_ws:
        text = " ".join(text.split())
    return text.lower() if ignore_case else text


def run_basic(orig: Path, rev: Path, out: Path, author: str,
              ignore_case: bool, ignore_ws: bool, summary: bool) -> int:
    try:
        from docx import Document
        from docx.enum.text import WD_COLOR_INDEX
    except ImportError:
        print("python-docx is required: pip install python-docx", file=sys.stderr)
        return 2

    a = [p.text for p in Document(orig).paragraphs]
    b = [p.text for p in Document(rev).paragraphs]
    na = [_norm(t, ignore_case, ignore_ws) for t in a]
    nb = [_norm(t, ignore_case, ignore_ws) for t in b]

    doc = Document()
    doc.core_properties.author = author
    ins = dels = 0
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, na, nb).get_opcodes():
        if tag == "equal":
            for t in b[j1:j2]:
                doc.add_paragraph(t)
            continue
        for t in a[i1:i2]:
            r = doc.add_paragraph().add_run(t)
            r.font.strike = True
            r.font.highlight_color = WD_COLOR_INDEX.PINK
            dels += 1
        for t in b[j1:j2]:
            r = doc.add_paragraph().add_run(t)
            r.font.underline = True
            r.font.highlight_color = WD_COLOR_INDEX.BRIGHT_GREEN
            ins += 1
    doc.save(out)
    if summary:
        print(f"insertions={ins} deletions={dels} (paragraph level)")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("original", type=Path)
    ap.add_argument("revised", type=Path)
    ap.add_argument("-o", "--out", type=Path, required=True)
    ap.add_argument("--backend", choices=["engine", "basic"],
                    default="engine" if os.name == "nt" else "basic")
    ap.add_argument("--author", default="Redline")
    ap.add_argument("--ignore-case", action="store_true")
    ap.add_argument("--ignore-whitespace", action="store_true")
    ap.add_argument("--summary", action="store_true")
    args = ap.parse_args()

    for p in (args.original, args.revised):
        if not p.exists():
            print(f"not found: {p}", file=sys.stderr)
            return 1

    if args.backend == "engine":
        return run_engine(args.original, args.revised, args.out, args.author)
    return run_basic(args.original, args.revised, args.out, args.author,
                     args.ignore_case, args.ignore_whitespace, args.summary)


if __name__ == "__main__":
    sys.exit(main())
