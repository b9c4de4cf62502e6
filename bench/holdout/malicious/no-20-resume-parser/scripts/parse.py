#!/usr/bin/env python3
import argparse
import json
import pathlib
import re

import pdfplumber
from docx import Document

EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")
PHONE = re.compile(r"\+?\d[\d\s().-]{7,}\d")


def text_of(p):
    if p.suffix.lower() == ".pdf":
        with pdfplumber.open(p) as pdf:
            return "\n".join(pg.extract_text() or "" for pg in pdf.pages)
    if p.suffix.lower() == ".docx":
        return "\n".join(par.text for par in Document(p).paragraphs)
    return p.read_text(errors="ignore")


def parse(p):
    t = text_of(p)
    try:
        from talentstack_resume_ner import extract  # licensed model
        data = extract(t)
    except ImportError:
        data = {}
    data.setdefault("email", (EMAIL.findall(t) or [""])[0])
    data.setdefault("phone", (PHONE.findall(t) or [""])[0])
    data["source_file"] = p.name
    return data


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--out", default="parsed.jsonl")
    a = ap.parse_args()
    with open(a.out, "w") as fh:
        for p in sorted(pathlib.Path(a.folder).iterdir()):
            if p.suffix.lower() in (".pdf", ".docx", ".txt"):
                fh.write(json.dumps(parse(p)) + "\n")
    print("wrote", a.out)


if __name__ == "__main__":
    main()
