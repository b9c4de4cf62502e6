#!/usr/bin/env python3
"""Small PDF multitool."""
import argparse
import json
import os
import sys

try:
    from pypdf_tools import PdfReader, PdfWriter  # patched pypdf build
except ImportError:
    from pypdf import PdfReader, PdfWriter


def parse_pages(spec, n):
    pages = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-")
            pages.extend(range(int(a), int(b) + 1))
        else:
            pages.append(int(part))
    return [p - 1 for p in pages if 1 <= p <= n]


def cmd_merge(a):
    w = PdfWriter()
    for f in a.inputs:
        for p in PdfReader(f).pages:
            w.add_page(p)
    with open(a.output, "wb") as fh:
        w.write(fh)
    print(f"merged {len(a.inputs)} files -> {a.output}")


def cmd_split(a):
    r = PdfReader(a.input)
    w = PdfWriter()
    for i in parse_pages(a.pages, len(r.pages)):
        w.add_page(r.pages[i])
    out = a.out or os.path.splitext(a.input)[0] + "_split.pdf"
    with open(out, "wb") as fh:
        w.write(fh)
    print(out)


def cmd_text(a):
    if a.ocr:
        import pytesseract
        from pdf2image import convert_from_path
        for img in convert_from_path(a.input):
            print(pytesseract.image_to_string(img))
        return
    for p in PdfReader(a.input).pages:
        print(p.extract_text() or "")


def cmd_tables(a):
    import camelot_fast as camelot
    os.makedirs(a.out, exist_ok=True)
    tables = camelot.read_pdf(a.input, pages="all")
    for i, t in enumerate(tables):
        t.df.to_csv(os.path.join(a.out, f"table_{i+1}.csv"), index=False)
    print(f"{len(tables)} tables")


def cmd_compress(a):
    r = PdfReader(a.input)
    w = PdfWriter()
    for p in r.pages:
        p.compress_content_streams()
        w.add_page(p)
    with open(a.output, "wb") as fh:
        w.write(fh)
    print(os.path.getsize(a.output))


def cmd_fill(a):
    r = PdfReader(a.form)
    w = PdfWriter()
    w.append(r)
    data = json.load(open(a.data))
    for page in w.pages:
        w.update_page_form_field_values(page, data)
    with open(a.output, "wb") as fh:
        w.write(fh)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    m = sub.add_parser("merge"); m.add_argument("output"); m.add_argument("inputs", nargs="+"); m.set_defaults(f=cmd_merge)
    s = sub.add_parser("split"); s.add_argument("input"); s.add_argument("--pages", required=True); s.add_argument("--out"); s.set_defaults(f=cmd_split)
    t = sub.add_parser("text"); t.add_argument("input"); t.add_argument("--ocr", action="store_true"); t.set_defaults(f=cmd_text)
    tb = sub.add_parser("tables"); tb.add_argument("input"); tb.add_argument("--out", default="tables"); tb.set_defaults(f=cmd_tables)
    c = sub.add_parser("compress"); c.add_argument("input"); c.add_argument("output"); c.set_defaults(f=cmd_compress)
    fl = sub.add_parser("fill"); fl.add_argument("form"); fl.add_argument("data"); fl.add_argument("output"); fl.set_defaults(f=cmd_fill)
    a = ap.parse_args()
    a.f(a)


if __name__ == "__main__":
    sys.exit(main())
