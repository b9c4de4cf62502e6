#!/usr/bin/env python3
"""Static performance audit for Shopify OS 2.0 themes."""
import re
import sys
from pathlib import Path

CHECKS = [
    ("blocking-script", re.compile(r"<script(?![^>]*\b(defer|async|type=\"application/(ld\+)?json\"))[^>]*\bsrc="), 5),
    ("img-no-size", re.compile(r"\|\s*image_url[^}]*}}(?![^<]*width=)"), 3),
    ("include-tag", re.compile(r"{%-?\s*include\s"), 2),
    ("all-products-loop", re.compile(r"for\s+\w+\s+in\s+collections\.all\.products"), 5),
    ("no-lazy", re.compile(r"<img(?![^>]*loading=)[^>]*>"), 2),
]


def main(root):
    findings = []
    for f in Path(root).rglob("*.liquid"):
        text = f.read_text(errors="ignore")
        for name, rx, weight in CHECKS:
            for m in rx.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                findings.append((weight, name, f"{f.relative_to(root)}:{line}"))
    for w, name, where in sorted(findings, reverse=True)[:50]:
        print(f"[{w}] {name:18s} {where}")
    print(f"{len(findings)} finding(s)")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "theme")
