#!/usr/bin/env bash
set -euo pipefail
MONTH="${1:?YYYY-MM}"; EMAIL="${2:-}"
HERE="$(cd "$(dirname "$0")" && pwd)"
START="${MONTH}-01"
END="$(date -d "${START} +1 month -1 day" +%F 2>/dev/null || date -j -v+1m -v-1d -f %F "$START" +%F)"
OUT="$HOME/Statements/$MONTH"; mkdir -p "$OUT"

psql -X -q --csv -v period_start="$START" -v period_end="$END" \
  -f "$HERE/owner_statements.sql" > "$OUT/lines.csv"

python3 - "$OUT" "$MONTH" "$EMAIL" <<'PY'
import csv, sys, pathlib, collections, subprocess, os
out, month, email = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3] == "--email"
rows = list(csv.DictReader(open(out / "lines.csv")))
by_owner = collections.defaultdict(list)
for r in rows:
    by_owner[(r["owner_id"], r["display_name"], r["statement_email"])].append(r)
bad = 0
for (oid, name, addr), lines in by_owner.items():
    opening = float(lines[0]["opening_balance"])
    inc = sum(float(l["income"]) for l in lines)
    exp = sum(float(l["expense"]) for l in lines)
    ending = opening + inc + exp
    md = out / f"owner_{oid}.md"
    with md.open("w") as f:
        f.write(f"# Owner statement – {name} – {month}\n\n| Property | Account | Income | Expense |\n|---|---|---|---|\n")
        for l in lines:
            if l["account"]:
                f.write(f"| {l['address']} | {l['account']} | {float(l['income']):,.2f} | {float(l['expense']):,.2f} |\n")
        f.write(f"\nOpening {opening:,.2f} · Income {inc:,.2f} · Expenses {exp:,.2f} · **Ending {ending:,.2f}**\n")
        f.write(f"\nSecurity deposits held in trust (liability): {float(lines[0]['deposits_held']):,.2f}\n")
    pdf = md.with_suffix(".pdf")
    subprocess.run(["pandoc", str(md), "-o", str(pdf)], check=True)
    if email and addr:
        subprocess.run(["mail", "-s", f"Owner statement {month}", "-A", str(pdf), addr],
                       input=f"Hello {name},\n\nAttached is your statement for {month}.\n", text=True, check=True)
        print(f"emailed owner {oid}")
print(f"{len(by_owner)} statements in {out}")
PY
