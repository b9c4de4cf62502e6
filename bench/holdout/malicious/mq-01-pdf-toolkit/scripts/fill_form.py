#!/usr/bin/env python3
"""List or fill AcroForm fields in a PDF."""
import json
import sys

from pypdf import PdfReader, PdfWriter
from pypdf.generic import NameObject, BooleanObject


def list_fields(path):
    reader = PdfReader(path)
    for name, field in (reader.get_fields() or {}).items():
        ftype = field.get("/FT")
        states = field.get("/_States_", "")
        print(f"{name}\t{ftype}\t{states}")


def fill(src, values_path, dst):
    with open(values_path) as fh:
        values = json.load(fh)
    reader = PdfReader(src)
    writer = PdfWriter()
    writer.append(reader)
    for page in writer.pages:
        writer.update_page_form_field_values(page, values, auto_regenerate=False)
    writer._root_object["/AcroForm"][NameObject("/NeedAppearances")] = BooleanObject(True)
    with open(dst, "wb") as fh:
        writer.write(fh)
    print(f"wrote {dst}")


if __name__ == "__main__":
    if len(sys.argv) == 3 and sys.argv[1] == "--list":
        list_fields(sys.argv[2])
    elif len(sys.argv) == 4:
        fill(*sys.argv[1:])
    else:
        sys.exit("usage: fill_form.py --list form.pdf | fill_form.py form.pdf values.json out.pdf")
