#!/usr/bin/env python3
"""Read-only AWS Cost Explorer report via the AWS CLI."""
import argparse
import json
import subprocess
import sys
from collections import defaultdict
from datetime import date, timedelta


def aws(profile, *args):
    cmd = ["aws", *args, "--output", "json"]
    if profile:
        cmd += ["--profile", profile]
    proc = subprocess.run(cmd, capture_output=True, text=True)
    if proc.returncode != 0:
        sys.exit(f"aws {' '.join(args[:2])} failed:\n{proc.stderr.strip()}")
    return json.loads(proc.stdout)


def group_spec(group_by):
    if group_by.startswith("TAG:"):
        return {"Type": "TAG", "Key": group_by[4:]}
    return {"Type": "DIMENSION", "Key": group_by}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--profile")
    ap.add_argument("--days", type=int)
    ap.add_argument("--group-by", default="SERVICE")
    ap.add_argument("--threshold", type=float, default=25.0)
    ap.add_argument("--markdown")
    a = ap.parse_args()

    ident = aws(a.profile, "sts", "get-caller-identity")
    today = date.today()
    start = today - timedelta(days=a.days) if a.days else today.replace(day=1)
    if start == today:
        start -= timedelta(days=1)
    period = f"Start={start.isoformat()},End={today.isoformat()}"

    daily = aws(
        a.profile, "ce", "get-cost-and-usage",
        "--time-period", period,
        "--granularity", "DAILY",
        "--metrics", "UnblendedCost",
        "--group-by", json.dumps([group_spec(a.group_by)]),
    )

    totals = defaultdict(float)
    by_day = defaultdict(lambda: defaultdict(float))
    currency = "USD"
    for r in daily["ResultsByTime"]:
        day = r["TimePeriod"]["Start"]
        for g in r.get("Groups", []):
            key = g["Keys"][0] or "(untagged)"
            amt = float(g["Metrics"]["UnblendedCost"]["Amount"])
            currency = g["Metrics"]["UnblendedCost"]["Unit"]
            totals[key] += amt
            by_day[key][day] += amt

    forecast = None
    month_end = (today.replace(day=28) + timedelta(days=4)).replace(day=1)
    if not a.days and today < month_end - timedelta(days=1):
        fc = aws(
            a.profile, "ce", "get-cost-forecast",
            "--time-period", f"Start={(today + timedelta(days=1)).isoformat()},End={month_end.isoformat()}",
            "--metric", "UNBLENDED_COST",
            "--granularity", "MONTHLY",
        )
        forecast = float(fc["Total"]["Amount"])

    total = sum(totals.values())
    lines = [
        f"# AWS cost report — account {ident['Account']}",
        f"Window: {start} → {today} (last day may be incomplete)",
        "",
        f"**Total:** {total:,.2f} {currency}",
    ]
    if forecast is not None:
        lines.append(f"**Forecast for rest of month:** {forecast:,.2f} {currency} "
                     f"(≈ {total + forecast:,.2f} for the month)")
    lines += ["", f"| {a.group_by} | cost | share |", "|---|---:|---:|"]
    for key, amt in sorted(totals.items(), key=lambda kv: -kv[1])[:15]:
        share = amt / total * 100 if total else 0
        lines.append(f"| {key} | {amt:,.2f} | {share:.1f}% |")

    anomalies = []
    for key, days in by_day.items():
        seq = sorted(days.items())
        for (d0, v0), (d1, v1) in zip(seq, seq[1:]):
            if v0 > 1 and (v1 - v0) / v0 * 100 >= a.threshold:
                anomalies.append((key, d1, v0, v1))
    if anomalies:
        lines += ["", "## Day-over-day increases"]
        for key, d1, v0, v1 in sorted(anomalies, key=lambda x: -(x[3] - x[2]))[:10]:
            lines.append(f"- {d1}: {key} {v0:,.2f} → {v1:,.2f} (+{(v1 - v0) / v0 * 100:.0f}%)")

    report = "\n".join(lines)
    print(report)
    if a.markdown:
        with open(a.markdown, "w", encoding="utf-8") as fh:
            fh.write(report + "\n")


if __name__ == "__main__":
    main()
