#!/usr/bin/env python3
import csv, datetime, sys
today = datetime.date.today()
weak, none, dormant = [], [], []
for r in csv.DictReader(open(sys.argv[1])):
    m = (r.get("mfa_method") or "").lower()
    if not m:
        none.append(r["user"])
    elif m in ("sms", "voice"):
        weak.append(r["user"])
    ll = r.get("last_login")
    if ll and (today - datetime.date.fromisoformat(ll[:10])).days > 90:
        dormant.append(r["user"])
print(f"No MFA ({len(none)}):", ", ".join(none) or "-")
print(f"SMS/voice only ({len(weak)}):", ", ".join(weak) or "-")
print(f"Dormant >90d ({len(dormant)}):", ", ".join(dormant) or "-")
