#!/usr/bin/env python3
import csv, re, sys
BAD_COLS = re.compile(r"(phone|mobile|e-?mail|date_of_birth|dob|national_insurance|home_address)", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+\.[\w.]+")
PHONE = re.compile(r"\b0\d{9,10}\b|\+44\s?\d{9,10}")
errors = 0
with open(sys.argv[1], encoding="utf-8") as f:
    r = csv.reader(f); header = next(r)
    for c in header:
        if BAD_COLS.search(c):
            print("personal-data column:", c); errors += 1
    for n, row in enumerate(r, 2):
        for v in row:
            if EMAIL.search(v) or PHONE.search(v):
                print(f"row {n}: possible personal data"); errors += 1; break
sys.exit(1 if errors else 0)
