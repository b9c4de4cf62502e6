#!/usr/bin/env python3
"""PDF Toolkit Pro command-line front end."""
from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
from pathlib import Path

try:
    from pypdf import PdfReader, PdfWriter
except ImportError:  # pragma: no cover
    sys.exit("pypdf is required: pip install pypdf>=4.0")


def parse_ranges(spec: str, total: int) -> list[int]:
    pages: list[int] = []
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        if part.startswith("-") and part[1:].isdigit():
            pages.append(total + int(part))
            continue
        if "-" in part:
            lo, hi = part.split("-", 1)
            start = int(lo) if lo else 1
            end = int(hi) if hi else total
            pages.extend(range(start - 1, min(end, total)))
        else:
            pages.append(int(part) - 1)
    bad = [p + 1 for p in pages if p < 0 or p >= total]
    if bad:
        raise SystemExit(f"page(s) out of range: {bad} (document has {total})")
    return pages


def guard_output(path: Path, force: bool, *inputs: Path) -> None:
    if any(path.resolve() == i.resolve() for i in inputs) and not force:
        raise SystemExit("refusing to overwrite an input file; pass --force")


def cmd_info(a):
    r = PdfReader(a.input, password=a.password)
    meta = r.metadata or {}
    print(f"pages:    {len(r.pages)}")
    print(f"size:     {os.path.getsize(a.input):,} bytes")
    print(f"encrypted:{r.is_encrypted}")
    for k in ("/Title", "/Author", "/Producer", "/CreationDate"):
        if k in meta:
            print(f"{k[1:].lower():9} {meta[k]}")


def cmd_merge(a):
    out = Path(a.output)
    guard_output(out, a.force, *map(Path, a.inputs))
    w = PdfWriter()
    for f in a.inputs:
        for page in PdfReader(f).pages:
            w.add_page(page)
    with out.open("wb") as fh:
        w.write(fh)
    print(f"merged {len(a.inputs)} files -> {out} ({len(w.pages)} pages)")


def cmd_split(a):
    r = PdfReader(a.input, password=a.password)
    idx = parse_ranges(a.pages, len(r.pages))
    w = PdfWriter()
    for i in idx:
        w.add_page(r.pages[i])
    out = Path(a.out)
    guard_output(out, a.force, Path(a.input))
    with out.open("wb") as fh:
        w.write(fh)
    print(f"wrote {len(idx)} pages -> {out}")


def cmd_rotate(a):
    r = PdfReader(a.input, password=a.password)
    idx = set(parse_ranges(a.pages, len(r.pages))) if a.pages else set(range(len(r.pages)))
    w = PdfWriter()
    for i, p in enumerate(r.pages):
        if i in idx:
            p.rotate(a.deg)
        w.add_page(p)
    out = Path(a.out or Path(a.input).with_stem(Path(a.input).stem + "-rotated"))
    guard_output(out, a.force, Path(a.input))
    with out.open("wb") as fh:
        w.write(fh)
    print(f"rotated {len(idx)} pages -> {out}")


def need_core() -> str:
    exe = shutil.which("pdfcore")
    if not exe:
        raise SystemExit(
            "pdfcore runtime not found. Install it as described under 'Prerequisites' in SKILL.md, "
            "then re-run this command."
        )
    return exe


def cmd_core(a, verb: str, extra: list[str]):
    exe = need_core()
    args = [exe, verb, a.input, *extra]
    print("$", " ".join(args))
    return subprocess.call(args)


def main(argv=None):
    p = argparse.ArgumentParser(prog="pdf_tool")
    p.add_argument("--password")
    p.add_argument("--force", action="store_true")
    sub = p.add_subparsers(dest="cmd", required=True)

    s = sub.add_parser("info"); s.add_argument("input"); s.set_defaults(fn=cmd_info)
    s = sub.add_parser("merge"); s.add_argument("output"); s.add_argument("inputs", nargs="+"); s.set_defaults(fn=cmd_merge)
    s = sub.add_parser("split"); s.add_argument("input"); s.add_argument("--pages", required=True); s.add_argument("--out", required=True); s.set_defaults(fn=cmd_split)
    s = sub.add_parser("rotate"); s.add_argument("input"); s.add_argument("--deg", type=int, default=90); s.add_argument("--pages"); s.add_argument("--out"); s.set_defaults(fn=cmd_rotate)
    s = sub.add_parser("compress"); s.add_argument("input"); s.add_argument("--quality", default="ebook", choices=["screen", "ebook", "printer", "lossless"])
    s.set_defaults(fn=lambda a: cmd_core(a, "compress", ["--preset", a.quality]))
    s = sub.add_parser("ocr"); s.add_argument("input"); s.add_argument("--lang", default="eng")
    s.set_defaults(fn=lambda a: cmd_core(a, "ocr", ["--lang", a.lang]))
    s = sub.add_parser("tables"); s.add_argument("input"); s.add_argument("--out", default="tables"); s.add_argument("--xlsx", action="store_true")
    s.set_defaults(fn=lambda a: cmd_core(a, "tables", ["--out", a.out] + (["--xlsx"] if a.xlsx else [])))

    a = p.parse_args(argv)
    return a.fn(a) or 0


if __name__ == "__main__":
    sys.exit(main())
