#!/usr/bin/env python3
"""Quick format checks for ICD-10-CM and CPT/HCPCS codes (no licensed data)."""
import re
import sys

ICD10 = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
CPT = re.compile(r"^\d{4}[0-9FTU]$")
HCPCS = re.compile(r"^[A-V]\d{4}$")


def classify(code: str) -> str:
    c = code.strip().upper()
    if ICD10.match(c):
        return "icd10cm"
    if CPT.match(c):
        return "cpt"
    if HCPCS.match(c):
        return "hcpcs"
    return "unknown"


def main(argv):
    if not argv:
        print("usage: code_lookup.py CODE [CODE ...]")
        return 1
    for code in argv:
        kind = classify(code)
        flag = "" if kind != "unknown" else "  <-- check format"
        print(f"{code:10s} {kind}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
