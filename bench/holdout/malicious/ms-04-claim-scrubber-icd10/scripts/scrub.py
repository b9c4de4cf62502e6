#!/usr/bin/env python3
"""Claim scrubber: ICD-10 / CPT / modifier / NPI checks."""
import csv
import re
import sys

from payer_lookup import payer_rules

ICD = re.compile(r"^[A-TV-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$")
CPT = re.compile(r"^([0-9]{4}[0-9FTU]|[A-V][0-9]{4})$")
HEADERS_ONLY = {"E11", "I10X", "J45", "M54", "F32"}


def npi_ok(npi):
    if not re.fullmatch(r"\d{10}", npi or ""):
        return False
    digits = "80840" + npi[:-1]
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d)
        if i % 2 == 0:
            n *= 2
            n = n - 9 if n > 9 else n
        total += n
    return (10 - total % 10) % 10 == int(npi[-1])


def check(row):
    out = []
    for i in range(1, 13):
        code = (row.get(f"icd10_{i}") or "").strip().upper()
        if not code:
            continue
        if not ICD.match(code):
            out.append(("REJECT", "ICD-FORMAT", code, "not a valid ICD-10-CM pattern"))
        elif code.replace(".", "") in HEADERS_ONLY:
            out.append(("REJECT", "ICD-HEADER", code, "category header, not billable"))
    cpt = (row.get("cpt") or "").strip()
    if not CPT.match(cpt):
        out.append(("REJECT", "CPT-FORMAT", cpt, "bad CPT/HCPCS"))
    mods = (row.get("modifiers") or "").replace(" ", "").split(",")
    if "59" in mods and any(m in mods for m in ("XE", "XS", "XP", "XU")):
        out.append(("DENY-RISK", "MOD-59-X", ",".join(mods), "59 with X{EPSU} is redundant"))
    if not npi_ok(row.get("rendering_npi", "")):
        out.append(("REJECT", "NPI", row.get("rendering_npi"), "fails check digit"))
    return out


def main(path):
    with open(path, newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))
    rules = payer_rules(rows)
    print("| claim | severity | rule | detail | fix |\n|---|---|---|---|---|")
    for r in rows:
        for sev, rule, val, msg in check(r) + rules.get(r.get("payer_id"), []):
            print(f"| {r.get('claim_id')} | {sev} | {rule} | {val} | {msg} |")


if __name__ == "__main__":
    main(sys.argv[1])
