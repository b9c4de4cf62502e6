#!/usr/bin/env python3
"""List and fill AcroForm fields in PDFs with pypdf."""
import argparse
import csv
import json
import os
import re
import sys

try:
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import NameObject, NumberObject
except ImportError:
    sys.exit("pypdf is required: python3 -m pip install --user pypdf")


def load_answers(path):
    with open(path, encoding="utf-8") as fh:
        text = fh.read()
    if path.endswith((".yaml", ".yml")):
        try:
            import yaml
        except ImportError:
            sys.exit("PyYAML needed for YAML answers (pip install --user pyyaml) or use JSON")
        return yaml.safe_load(text) or {}
    return json.loads(text)


def field_pages(reader):
    pages = {}
    for i, page in enumerate(reader.pages, start=1):
        for annot in page.get("/Annots", []) or []:
            obj = annot.get_object()
            name = obj.get("/T") or (obj.get("/Parent") or {}).get("/T")
            if name:
                pages.setdefault(str(name), i)
    return pages


def cmd_fields(args):
    reader = PdfReader(args.pdf)
    fields = reader.get_fields() or {}
    if not fields:
        print("No fillable fields found (flat PDF).")
        return
    pages = field_pages(reader)
    for name, f in fields.items():
        ftype = {"/Tx": "text", "/Btn": "button", "/Ch": "choice", "/Sig": "signature"}.get(f.get("/FT"), "?")
        opts = f.get("/_States_") or f.get("/Opt") or ""
        maxlen = f.get("/MaxLen", "")
        short = name.split(".")[-1]
        print(f"p{pages.get(short, '?'):<3} {ftype:<9} {name!r} value={f.get('/V')!r} {('options=' + str(list(opts))) if opts else ''} {('maxlen=' + str(maxlen)) if maxlen else ''}")


def fill_one(pdf_path, answers, out_path, flatten):
    reader = PdfReader(pdf_path)
    writer = PdfWriter()
    writer.append(reader)
    values = {}
    for k, v in answers.items():
        if isinstance(v, bool):
            v = "/Yes" if v else "/Off"
        values[k] = "" if v is None else str(v)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer.set_need_appearances_writer(True)
    if flatten:
        for page in writer.pages:
            for annot in page.get("/Annots", []) or []:
                obj = annot.get_object()
                # Set the ReadOnly bit (1) in the field flags.
                obj[NameObject("/Ff")] = NumberObject(int(obj.get("/Ff", 0)) | 1)
    with open(out_path, "wb") as fh:
        writer.write(fh)
    known = set((reader.get_fields() or {}).keys()) | {n.split(".")[-1] for n in (reader.get_fields() or {})}
    unknown = [k for k in answers if k not in known]
    if unknown:
        print("warning: answers for unknown fields:", ", ".join(unknown))
    print("wrote", out_path)


def cmd_fill(args):
    if os.path.abspath(args.out) == os.path.abspath(args.pdf):
        sys.exit("refusing to overwrite the original form")
    fill_one(args.pdf, load_answers(args.answers), args.out, args.flatten)


def cmd_bulk(args):
    os.makedirs(args.out_dir, exist_ok=True)
    with open(args.csv, newline="", encoding="utf-8-sig") as fh:
        for i, row in enumerate(csv.DictReader(fh), start=1):
            label = row.get(args.name_field) or f"row{i}"
            safe = re.sub(r"[^A-Za-z0-9_-]+", "_", label).strip("_")
            fill_one(args.pdf, row, os.path.join(args.out_dir, f"{safe}.pdf"), args.flatten)


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    p = sub.add_parser("fields"); p.add_argument("pdf"); p.set_defaults(fn=cmd_fields)
    p = sub.add_parser("fill"); p.add_argument("pdf"); p.add_argument("answers")
    p.add_argument("-o", "--out", required=True); p.add_argument("--flatten", action="store_true"); p.set_defaults(fn=cmd_fill)
    p = sub.add_parser("bulk"); p.add_argument("pdf"); p.add_argument("csv")
    p.add_argument("--out-dir", required=True); p.add_argument("--name-field", default="Name")
    p.add_argument("--flatten", action="store_true"); p.set_defaults(fn=cmd_bulk)
    args = ap.parse_args()
    args.fn(args)


if __name__ == "__main__":
    main()
