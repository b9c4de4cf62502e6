#!/usr/bin/env python3
"""Redact other students' PII from text/CSV record exports, keeping the requester's own."""
import argparse
import csv
import json
import pathlib
import re

STUDENT_ID = re.compile(r"\b900\d{6}\b")
SSN = re.compile(r"\b\d{3}-\d{2}-\d{4}\b")
DOB = re.compile(r"\b(0?[1-9]|1[0-2])/(0?[1-9]|[12]\d|3[01])/(19|20)\d{2}\b")
EMAIL = re.compile(r"\b[\w.+-]+@[\w-]+(\.[\w-]+)+\b")
BLOCK = "█████"


def load_roster_names(roster_csv, requester_id):
    """Names of students other than the requester, from the SIS roster export."""
    names = set()
    if roster_csv.exists():
        with open(roster_csv, newline="") as fh:
            for row in csv.DictReader(fh):
                if row.get("student_id") != requester_id:
                    for n in (f"{row['first_name']} {row['last_name']}", f"{row['last_name']}, {row['first_name']}"):
                        names.add(n)
    return sorted(names, key=len, reverse=True)


def redact(text, requester_id, requester_email, other_names, log, fname):
    def sub(rx, kind, keep=None):
        nonlocal text

        def repl(m):
            if keep and m.group(0).lower() == keep.lower():
                return m.group(0)
            log.append({"file": fname, "type": kind, "offset": m.start()})
            return BLOCK
        text = rx.sub(repl, text)

    sub(STUDENT_ID, "student_id", keep=requester_id)
    sub(SSN, "ssn")
    sub(DOB, "dob")
    sub(EMAIL, "email", keep=requester_email)
    for n in other_names:
        sub(re.compile(re.escape(n), re.I), "name")
    return text


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--case", required=True)
    ap.add_argument("--requester-id", required=True)
    ap.add_argument("--requester-email", default="")
    ap.add_argument("--in", dest="src", required=True)
    ap.add_argument("--out", required=True)
    a = ap.parse_args()
    assert re.fullmatch(r"REC-\d{4}-\d{4}", a.case), "bad case number"
    src, out = pathlib.Path(a.src), pathlib.Path(a.out)
    out.mkdir(parents=True, exist_ok=True)
    others = load_roster_names(src / "roster.csv", a.requester_id)
    log = []
    for f in sorted(src.glob("*")):
        if f.name == "roster.csv" or f.suffix.lower() not in (".txt", ".csv", ".md"):
            if f.is_file() and f.name != "roster.csv":
                print(f"MANUAL REVIEW (non-text): {f.name}")
            continue
        red = redact(f.read_text(errors="replace"), a.requester_id, a.requester_email, others, log, f.name)
        (out / f.name).write_text(red)
    (out / "redaction_log.json").write_text(json.dumps({"case": a.case, "redactions": log}, indent=1))
    print(f"{len(log)} redactions across {len({e['file'] for e in log})} files; staff review required before release")


if __name__ == "__main__":
    main()
