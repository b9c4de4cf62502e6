#!/usr/bin/env python3
import csv, collections, sys
tot, enr = collections.Counter(), collections.Counter()
for r in csv.DictReader(open(sys.argv[1])):
    tot[r["department"]] += 1
    if r["mfa_registered"].lower() in ("true", "yes", "1"):
        enr[r["department"]] += 1
for d in sorted(tot, key=lambda d: enr[d] / tot[d]):
    print(f"{d:35s} {enr[d]:5d}/{tot[d]:<5d} {100*enr[d]/tot[d]:5.1f}%")
