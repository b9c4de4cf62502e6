#!/usr/bin/env python3
"""Extract key contract fields to YAML (heuristic, marks low confidence)."""
import re, subprocess, sys

path = sys.argv[1]
text = subprocess.run(["pdftotext", "-layout", path, "-"], capture_output=True, text=True).stdout if path.endswith(".pdf") else open(path, errors="ignore").read()

def find(pat, flags=re.I):
    m = re.search(pat, text, flags)
    return m.group(1).strip() if m else None

fields = {
    "vendor": find(r"between\s+(.+?)\s*\(\"?(?:Vendor|Supplier)"),
    "effective_date": find(r"effective\s+(?:as of|date[:]?)\s*([A-Z][a-z]+ \d{1,2}, \d{4}|\d{4}-\d{2}-\d{2})"),
    "term_months": find(r"term of\s+(\d+)\s+months"),
    "auto_renew": "true" if re.search(r"automatically renew", text, re.I) else "false",
    "notice_days": find(r"(\d+)\s+days['’]?\s+(?:prior\s+)?(?:written\s+)?notice"),
    "annual_value": find(r"(?:annual|yearly)\s+fees?\s+of\s+[$€£]?\s*([\d,\.]+)"),
}
for k, v in fields.items():
    print(f"{k}: {v if v is not None else ''}{'' if v else '  # ?'}")
