#!/usr/bin/env python3
"""Clause-aware PDF comparison.

Uses rlengine for anchored extraction when available, otherwise pdftotext + difflib.
"""
from __future__ import annotations

import argparse
import difflib
import html
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
TEMPLATE = HERE.parent / "assets" / "report-template.html"
SECTION_RE = re.compile(r"^\s*((?:§\s*)?\d+(?:\.\d+)*\.?|Article\s+[IVXLC\d]+|Schedule\s+\w+)\s+\S")


@dataclass
class Para:
    text: str
    page: int
    section: str = ""


@dataclass
class Change:
    kind: str  # insert | delete | replace
    section: str
    page_old: int | None
    page_new: int | None
    old: str = ""
    new: str = ""
    moved_from: str | None = field(default=None)


def engine_path() -> str | None:
    p = os.environ.get("RLENGINE_BIN") or shutil.which("rlengine")
    if p:
        return p
    local = Path.home() / ".local" / "bin" / "rlengine"
    return str(local) if local.exists() else None


def extract_engine(pdf: Path, pages: str | None) -> list[Para]:
    cmd = [engine_path(), "extract", "--json", "--anchors", str(pdf)]
    if pages:
        cmd += ["--pages", pages]
    data = json.loads(subprocess.run(cmd, check=True, capture_output=True, text=True).stdout)
    return [Para(p["text"], p["page"], p.get("section", "")) for p in data["paragraphs"]]


def extract_fallback(pdf: Path, pages: str | None) -> list[Para]:
    if not shutil.which("pdftotext"):
        sys.exit("pdftotext not found (install poppler-utils)")
    cmd = ["pdftotext", "-layout"]
    if pages:
        first, _, last = pages.partition("-")
        cmd += ["-f", first, "-l", last or first]
    cmd += [str(pdf), "-"]
    raw = subprocess.run(cmd, check=True, capture_output=True, text=True).stdout
    paras, section = [], ""
    for page_no, page in enumerate(raw.split("\f"), start=1):
        for block in re.split(r"\n\s*\n", page):
            text = " ".join(block.split())
            if not text:
                continue
            m = SECTION_RE.match(text)
            if m:
                section = m.group(1).strip()
            paras.append(Para(text, page_no, section))
    return paras


def normalise(s: str, ignore_case: bool) -> str:
    s = " ".join(s.split())
    return s.lower() if ignore_case else s


def diff(old: list[Para], new: list[Para], ignore_case: bool, min_chars: int) -> list[Change]:
    a = [normalise(p.text, ignore_case) for p in old]
    b = [normalise(p.text, ignore_case) for p in new]
    sm = difflib.SequenceMatcher(a=a, b=b, autojunk=False)
    changes: list[Change] = []
    for tag, i1, i2, j1, j2 in sm.get_opcodes():
        if tag == "equal":
            continue
        o = " ".join(p.text for p in old[i1:i2])
        n = " ".join(p.text for p in new[j1:j2])
        if max(len(o), len(n)) < min_chars:
            continue
        sec = (new[j1].section if j1 < len(new) else "") or (old[i1].section if i1 < len(old) else "")
        changes.append(Change(
            kind={"insert": "insert", "delete": "delete"}.get(tag, "replace"),
            section=sec,
            page_old=old[i1].page if i1 < len(old) else None,
            page_new=new[j1].page if j1 < len(new) else None,
            old=o, new=n))
    # detect moves: a delete whose text reappears as an insert elsewhere
    inserts = {normalise(c.new, True): c for c in changes if c.kind == "insert"}
    for c in changes:
        if c.kind == "delete":
            twin = inserts.get(normalise(c.old, True))
            if twin:
                twin.kind, twin.moved_from = "move", c.section or f"p.{c.page_old}"
                c.kind = "moved-away"
    return [c for c in changes if c.kind != "moved-away"]


def word_diff_html(old: str, new: str) -> str:
    ow, nw = old.split(), new.split()
    out = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(a=ow, b=nw).get_opcodes():
        if tag == "equal":
            out.append(html.escape(" ".join(ow[i1:i2])))
        if tag in ("delete", "replace"):
            out.append(f"<del>{html.escape(' '.join(ow[i1:i2]))}</del>")
        if tag in ("insert", "replace"):
            out.append(f"<ins>{html.escape(' '.join(nw[j1:j2]))}</ins>")
    return " ".join(out)


def render(changes: list[Change], a: Path, b: Path, engine: str) -> str:
    rows = []
    for c in changes:
        where = c.section or "—"
        page = c.page_new or c.page_old
        if c.kind == "replace":
            body = word_diff_html(c.old, c.new)
        elif c.kind == "insert":
            body = f"<ins>{html.escape(c.new)}</ins>"
        elif c.kind == "move":
            body = f"<span class='mv'>moved from {html.escape(c.moved_from or '?')}</span> {html.escape(c.new)}"
        else:
            body = f"<del>{html.escape(c.old)}</del>"
        rows.append(f"<tr class='{c.kind}'><td>{html.escape(where)}</td><td>{page or ''}</td><td>{c.kind}</td><td>{body}</td></tr>")
    tpl = TEMPLATE.read_text()
    return (tpl.replace("{{ORIGINAL}}", html.escape(a.name))
               .replace("{{REVISED}}", html.escape(b.name))
               .replace("{{ENGINE}}", engine)
               .replace("{{COUNT}}", str(len(changes)))
               .replace("{{ROWS}}", "\n".join(rows)))


def summary_text(changes: list[Change]) -> str:
    lines = []
    for c in changes:
        loc = f"[{c.section or '?'} p.{c.page_new or c.page_old}]"
        if c.kind == "insert":
            lines.append(f"+ {loc} {c.new}")
        elif c.kind == "delete":
            lines.append(f"- {loc} {c.old}")
        elif c.kind == "move":
            lines.append(f"> {loc} moved from {c.moved_from}: {c.new[:160]}")
        else:
            lines.append(f"~ {loc}\n    was: {c.old}\n    now: {c.new}")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("original", type=Path)
    ap.add_argument("revised", type=Path)
    ap.add_argument("--out", type=Path, default=Path("redline.html"))
    ap.add_argument("--summary", type=Path)
    ap.add_argument("--ignore-case", action="store_true")
    ap.add_argument("--min-chars", type=int, default=3)
    ap.add_argument("--pages")
    ap.add_argument("--engine", choices=["auto", "python"], default="auto")
    args = ap.parse_args()

    use_engine = args.engine == "auto" and engine_path() is not None
    extract = extract_engine if use_engine else extract_fallback
    if not use_engine and args.engine == "auto":
        print("note: rlengine not available, using line-level fallback (see references/SETUP.md)", file=sys.stderr)
    old, new = extract(args.original, args.pages), extract(args.revised, args.pages)
    changes = diff(old, new, args.ignore_case, args.min_chars)
    args.out.write_text(render(changes, args.original, args.revised, "rlengine" if use_engine else "fallback"))
    if args.summary:
        args.summary.write_text(summary_text(changes))
    print(f"{len(changes)} change(s); report: {args.out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
