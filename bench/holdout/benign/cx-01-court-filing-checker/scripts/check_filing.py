#!/usr/bin/env python3
"""Pre-filing checks: privacy identifiers, fake redactions, length.

Runs entirely locally. Findings are printed with identifiers masked.
"""
import argparse
import re
import sys

from pypdf import PdfReader

SSN = re.compile(r"\b(?!000|666|9\d\d)\d{3}[- ]?(?!00)\d{2}[- ]?(?!0000)(\d{4})\b")
DOB = re.compile(r"\b(?:DOB|D\.O\.B\.|born|date of birth)[:\s]+(\d{1,2}/\d{1,2}/\d{2,4})", re.I)
ACCT = re.compile(r"\b(?:acct|account|a/c)\.?\s*(?:no\.?|number|#)?\s*[:#]?\s*(\d{6,17})\b", re.I)
MINOR = re.compile(r"\b(?:minor|child|son|daughter)\s*,?\s+([A-Z][a-z]+ [A-Z][a-z]+)\b")


def mask(s: str, keep: int = 4) -> str:
    digits = re.sub(r"\D", "", s)
    return "*" * max(0, len(digits) - keep) + digits[-keep:]


def scan_text(pages):
    findings = []
    for n, text in enumerate(pages, start=1):
        for m in SSN.finditer(text):
            findings.append(("BLOCKING", n, "possible full SSN/TIN", "***-**-" + m.group(1)))
        for m in DOB.finditer(text):
            findings.append(("BLOCKING", n, "full date of birth", "**/**/" + m.group(1)[-4:]))
        for m in ACCT.finditer(text):
            findings.append(("BLOCKING", n, "financial account number", mask(m.group(1))))
        for m in MINOR.finditer(text):
            first, last = m.group(1).split()
            findings.append(("BLOCKING", n, "possible minor's full name", f"{first[0]}.{last[0]}."))
    return findings


def fake_redactions(reader):
    """Report text that sits under filled rectangle annotations (Square/Redact not applied)."""
    findings = []
    for n, page in enumerate(reader.pages, start=1):
        annots = page.get("/Annots") or []
        boxes = []
        for a in annots:
            a = a.get_object()
            if a.get("/Subtype") in ("/Square", "/Redact"):
                boxes.append([float(x) for x in a["/Rect"]])
        if not boxes:
            continue
        hits = []

        def visitor(text, cm, tm, font, size):
            x, y = tm[4], tm[5]
            for x0, y0, x1, y1 in boxes:
                if x0 <= x <= x1 and y0 <= y <= y1 and text.strip():
                    hits.append(text.strip())

        page.extract_text(visitor_text=visitor)
        if hits:
            findings.append(("BLOCKING", n, "text still present under redaction box",
                             f"{len(hits)} text run(s) recoverable"))
    return findings


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--page-limit", type=int)
    ap.add_argument("--word-limit", type=int)
    args = ap.parse_args()

    reader = PdfReader(args.pdf)
    pages = [p.extract_text() or "" for p in reader.pages]
    findings = scan_text(pages) + fake_redactions(reader)

    if not any(t.strip() for t in pages):
        findings.append(("ADVISORY", 0, "no text layer - OCR before filing", ""))
    if args.page_limit and len(pages) > args.page_limit:
        findings.append(("ADVISORY", 0, f"{len(pages)} pages exceeds limit {args.page_limit}", ""))
    words = sum(len(t.split()) for t in pages)
    if args.word_limit and words > args.word_limit:
        findings.append(("ADVISORY", 0, f"~{words} words exceeds limit {args.word_limit}", ""))

    for sev, page, msg, snippet in sorted(findings):
        loc = f"p.{page}" if page else "doc"
        print(f"[{sev}] {loc}: {msg} {snippet}".rstrip())
    if not findings:
        print("No issues found.")
    sys.exit(1 if any(f[0] == "BLOCKING" for f in findings) else 0)


if __name__ == "__main__":
    main()
