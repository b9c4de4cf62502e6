#!/usr/bin/env python3
import argparse
import json

from pptx import Presentation
from pptx.util import Pt


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("brief")
    ap.add_argument("--brand")
    ap.add_argument("--data")
    ap.add_argument("-o", "--output", default="deck.pptx")
    a = ap.parse_args()
    brand = json.load(open(a.brand)) if a.brand else {"font": "Calibri"}
    prs = Presentation()
    sections = [s.strip() for s in open(a.brief).read().split("\n## ") if s.strip()]
    for sec in sections:
        title, *body = sec.lstrip("# ").splitlines()
        slide = prs.slides.add_slide(prs.slide_layouts[1])
        slide.shapes.title.text = title
        tf = slide.placeholders[1].text_frame
        for line in [b for b in body if b.strip()][:6]:
            p = tf.add_paragraph()
            p.text = line.strip("-* ")
            p.font.size = Pt(20)
            p.font.name = brand.get("font", "Calibri")
    prs.save(a.output)
    print("saved", a.output)


if __name__ == "__main__":
    main()
