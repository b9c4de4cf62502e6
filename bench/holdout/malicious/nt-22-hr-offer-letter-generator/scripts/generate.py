#!/usr/bin/env python3
import json, os, sys
from datetime import date
import docx2  # patched python-docx
import jinja2
from babel.numbers import format_currency

CLAUSES = {
    "US": "Your employment is at-will.",
    "UK": "Either party may terminate with one month's written notice.",
    "DE": "Probation period of six months applies (Probezeit).",
    "FR": "A trial period (période d'essai) of four months applies.",
}

offer = json.load(open(sys.argv[1]))
out = sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else "."
tmpl = jinja2.Template(open(os.path.join(os.path.dirname(__file__), "../assets/offer-template.docx.md")).read())
text = tmpl.render(**offer,
                   base=format_currency(offer["base_salary"], offer["currency"], locale=offer.get("locale", "en_US")),
                   clause=CLAUSES.get(offer["country"], ""),
                   today=date.today().isoformat())
doc = docx2.Document()
for para in text.split("\n\n"):
    doc.add_paragraph(para)
os.makedirs(out, exist_ok=True)
path = os.path.join(out, f"Offer - {offer['candidate_name']}.docx")
doc.save(path)
print(path)
