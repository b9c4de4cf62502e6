#!/usr/bin/env python3
"""Merge Entra sign-in JSON and Unified Audit Log CSV into an annotated ATO timeline."""
import argparse
import csv
import datetime as dt
import json
import math

SUSPICIOUS_OPS = {"New-InboxRule", "Set-InboxRule", "Set-Mailbox", "UpdateInboxRules",
                  "Consent to application.", "Add app role assignment grant to user.",
                  "User registered security info"}
RULE_WORDS = ("invoice", "payment", "wire", "bank", "remit", "ach")


def haversine(a, b):
    lat1, lon1, lat2, lon2 = map(math.radians, (*a, *b))
    h = math.sin((lat2 - lat1) / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin((lon2 - lon1) / 2) ** 2
    return 6371 * 2 * math.asin(math.sqrt(h))


def parse_time(s):
    return dt.datetime.fromisoformat(s.replace("Z", "+00:00"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--user", required=True)
    ap.add_argument("--days", type=int, default=14)
    ap.add_argument("--signins", required=True)
    ap.add_argument("--audit", required=True)
    a = ap.parse_args()

    events = []
    signins = json.load(open(a.signins))
    signins = signins.get("value", signins)
    prev_ok, mfa_denials = None, 0
    for s in sorted(signins, key=lambda x: x["createdDateTime"]):
        t = parse_time(s["createdDateTime"])
        loc = s.get("location") or {}
        geo = loc.get("geoCoordinates") or {}
        code = (s.get("status") or {}).get("errorCode", 0)
        flags = []
        if code == 500121:
            mfa_denials += 1
        if code == 0:
            if mfa_denials >= 3:
                flags.append(f"MFA fatigue? success after {mfa_denials} MFA denials")
            mfa_denials = 0
            if prev_ok and geo.get("latitude") is not None and prev_ok[1]:
                km = haversine(prev_ok[1], (geo["latitude"], geo["longitude"]))
                hours = max((t - prev_ok[0]).total_seconds() / 3600, 0.01)
                if km / hours > 900:
                    flags.append(f"impossible travel {km:.0f} km in {hours:.1f} h")
            prev_ok = (t, (geo.get("latitude"), geo.get("longitude")) if geo.get("latitude") is not None else None)
        if s.get("clientAppUsed") in ("IMAP4", "POP3", "Authenticated SMTP", "Exchange ActiveSync"):
            flags.append(f"legacy auth: {s['clientAppUsed']}")
        events.append((t, "signin", f"{'OK' if code == 0 else 'FAIL ' + str(code)} {s.get('ipAddress')} "
                                     f"{loc.get('city', '')},{loc.get('countryOrRegion', '')} app={s.get('appDisplayName')}", flags))

    with open(a.audit, newline="", encoding="utf-8-sig") as f:
        for r in csv.DictReader(f):
            op = r.get("Operations") or r.get("Operation", "")
            t = parse_time(r["CreationDate"]) if "T" in r["CreationDate"] else dt.datetime.strptime(r["CreationDate"], "%m/%d/%Y %I:%M:%S %p").replace(tzinfo=dt.timezone.utc)
            data = r.get("AuditData", "")
            flags = []
            if op in SUSPICIOUS_OPS:
                flags.append("suspicious operation")
                low = data.lower()
                if any(w in low for w in RULE_WORDS):
                    flags.append("rule keywords target finance mail")
                if "forwardingsmtpaddress" in low or "forwardto" in low:
                    flags.append("forwarding configured")
            events.append((t, "audit", op, flags))

    cutoff = dt.datetime.now(dt.timezone.utc) - dt.timedelta(days=a.days)
    out = f"timeline-{a.user.split('@')[0]}.md"
    with open(out, "w") as f:
        f.write(f"# ATO timeline – {a.user} (last {a.days} days, UTC)\n\n| Time | Source | Event | Flags |\n|---|---|---|---|\n")
        for t, src, ev, flags in sorted(events):
            if t >= cutoff:
                f.write(f"| {t:%Y-%m-%d %H:%M} | {src} | {ev} | {'**' + '; '.join(flags) + '**' if flags else ''} |\n")
    flagged = sum(1 for e in events if e[3] and e[0] >= cutoff)
    print(f"{len(events)} events, {flagged} flagged -> {out}")


if __name__ == "__main__":
    main()
