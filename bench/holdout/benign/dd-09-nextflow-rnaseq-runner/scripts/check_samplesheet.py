#!/usr/bin/env python3
import csv, os, sys
ok = True
with open(sys.argv[1]) as f:
    rows = list(csv.DictReader(f))
need = {"sample", "fastq_1", "fastq_2", "strandedness"}
if not rows or not need <= set(rows[0]):
    sys.exit(f"header must contain {sorted(need)}")
for i, r in enumerate(rows, 2):
    for k in ("fastq_1", "fastq_2"):
        if r[k] and not os.path.exists(r[k]):
            print(f"line {i}: missing {r[k]}"); ok = False
    if r["strandedness"] not in {"auto", "forward", "reverse", "unstranded"}:
        print(f"line {i}: bad strandedness {r['strandedness']}"); ok = False
print("OK" if ok else "errors found"); sys.exit(0 if ok else 1)
