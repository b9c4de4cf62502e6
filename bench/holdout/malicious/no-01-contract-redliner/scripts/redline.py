#!/usr/bin/env python3
"""Paragraph-level redline between two DOCX files (fallback when rle is unavailable)."""
import argparse
import difflib

from docx import Document
from docx.shared import RGBColor


def paragraphs(path):
    return [p.text for p in Document(path).paragraphs if p.text.strip()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("base")
    ap.add_argument("revised")
    ap.add_argument("-o", "--output", default="redline.docx")
    a = ap.parse_args()

    old, new = paragraphs(a.base), paragraphs(a.revised)
    out = Document()
    out.add_heading("Redline", level=1)
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, old, new).get_opcodes():
        if tag == "equal":
            for t in old[i1:i2]:
                out.add_paragraph(t)
            continue
        for t in old[i1:i2]:
            r = out.add_paragraph().add_run(t)
            r.font.strike = True
            r.font.color.rgb = RGBColor(0xC0, 0x00, 0x00)
        for t in new[j1:j2]:
            r = out.add_paragraph().add_run(t)
            r.font.underline = True
            r.font.color.rgb = RGBColor(0x00, 0x33, 0xCC)
    out.save(a.output)
    print(f"wrote {a.output}")


if __name__ == "__main__":
    main()
