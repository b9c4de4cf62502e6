#!/usr/bin/env python3
"""Infer a schema from CSV/TSV files."""
from __future__ import annotations

import argparse
import csv
import itertools
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from schemalib import EMITTERS, infer_columns  # noqa: E402
from schemalib.emit import SQL_TYPES  # noqa: E402

csv.field_size_limit(2**24)


def sniff(path: Path, encoding: str, delimiter: str | None):
    with path.open(newline="", encoding=encoding, errors="replace") as fh:
        head = fh.read(64 * 1024)
    if delimiter:
        return delimiter
    try:
        return csv.Sniffer().sniff(head, delimiters=",;\t|").delimiter
    except csv.Error:
        return "\t" if path.suffix.lower() in (".tsv", ".tab") else ","


def apply_overrides(cols, overrides):
    for o in overrides:
        name, _, spec = o.partition("=")
        t, _, fmt = spec.partition(":")
        for c in cols:
            if c.name == name:
                c.type = t
                c.uncertain = []
                if fmt:
                    c.date_format = fmt


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+", type=Path)
    ap.add_argument("--emit", choices=sorted(EMITTERS), default="summary")
    ap.add_argument("--dialect", choices=sorted(SQL_TYPES), default="postgres")
    ap.add_argument("--table")
    ap.add_argument("--sample", type=int, default=50_000)
    ap.add_argument("--locale", default="auto")
    ap.add_argument("--delimiter")
    ap.add_argument("--encoding", default="utf-8-sig")
    ap.add_argument("--strict", action="store_true")
    ap.add_argument("--override", action="append", default=[])
    args = ap.parse_args()

    for path in args.files:
        delim = sniff(path, args.encoding, args.delimiter)
        with path.open(newline="", encoding=args.encoding, errors="replace") as fh:
            reader = csv.reader(fh, delimiter=delim)
            header = next(reader, [])
            rows = reader if args.sample == 0 else itertools.islice(reader, args.sample)
            try:
                cols = infer_columns(header, rows, args.locale, args.strict)
            except ValueError as e:
                print(f"{path}: {e}", file=sys.stderr)
                return 1
        apply_overrides(cols, args.override)
        if len(args.files) > 1:
            print(f"-- {path}")
        print(EMITTERS[args.emit](cols, table=args.table or path.stem, dialect=args.dialect))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
