#!/usr/bin/env python3
"""Validate, launch and report an approved GoPhish awareness campaign."""
import csv
import datetime as dt
import os
import re
import sys
from collections import defaultdict
from pathlib import Path

import requests
import yaml

ROOT = Path(__file__).parent.parent


def api():
    url, key = os.environ.get("GOPHISH_URL"), os.environ.get("GOPHISH_API_KEY")
    if not url or not key:
        sys.exit("set GOPHISH_URL and GOPHISH_API_KEY")
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {key}"
    return url.rstrip("/") + "/api", s


def validate(cfg):
    errors = []
    for k in ("sponsor", "hr_contact", "approved_on", "ticket"):
        if not cfg.get("approval", {}).get(k):
            errors.append(f"approval.{k} missing")
    start = dt.datetime.fromisoformat(str(cfg["window"]["start"]))
    if start < dt.datetime.now(start.tzinfo):
        errors.append("window.start is in the past")
    if cfg.get("capture_credentials") or cfg.get("capture_passwords"):
        errors.append("credential capture must be disabled")
    landing = (ROOT / cfg["landing_page"]).read_text()
    if re.search(r'<input[^>]+type=["\']?password', landing, re.I):
        errors.append("landing page contains a password field")
    excl_path = Path(cfg.get("exclusions_file", ""))
    if not excl_path.exists():
        errors.append("exclusions file from HR not found")
    for e in errors:
        print("ERROR:", e)
    if not errors:
        print("campaign config OK")
    return not errors


def excluded():
    return {l.strip().lower() for l in Path(CFG["exclusions_file"]).read_text().splitlines() if l.strip()}


def launch(cfg):
    if not validate(cfg):
        sys.exit(1)
    base, s = api()
    excl = excluded()
    groups = {g["name"]: g for g in s.get(f"{base}/groups/").json()}
    targets = []
    for name in cfg["groups"]:
        for t in groups[name]["targets"]:
            if t["email"].lower() not in excl:
                targets.append(t)
    tmp_group = {"name": f"{cfg['name']} (filtered)", "targets": targets}
    g = s.post(f"{base}/groups/", json=tmp_group).json()
    tpl = s.post(f"{base}/templates/", json={"name": cfg["name"], "subject": cfg["subject"],
                                              "html": (ROOT / cfg["template"]).read_text()}).json()
    page = s.post(f"{base}/pages/", json={"name": cfg["name"], "html": (ROOT / cfg["landing_page"]).read_text(),
                                          "capture_credentials": False, "capture_passwords": False,
                                          "redirect_url": cfg["redirect_url"]}).json()
    start = dt.datetime.fromisoformat(str(cfg["window"]["start"]))
    send_by = start + dt.timedelta(minutes=cfg["window"]["send_over_minutes"])
    print(f"About to schedule '{cfg['name']}' to {len(targets)} recipients "
          f"({len(excl)} exclusions applied) from {start} to {send_by}.")
    if input("type LAUNCH to confirm: ") != "LAUNCH":
        sys.exit("not launched")
    c = s.post(f"{base}/campaigns/", json={
        "name": cfg["name"], "template": {"name": tpl["name"]}, "page": {"name": page["name"]},
        "smtp": {"name": cfg["sending_profile"]}, "url": os.environ.get("GOPHISH_PHISH_URL", ""),
        "groups": [{"name": g["name"]}], "launch_date": start.isoformat(), "send_by_date": send_by.isoformat(),
    }).json()
    print(f"scheduled campaign id {c.get('id')}")


def report(cid, out):
    base, s = api()
    results = s.get(f"{base}/campaigns/{cid}/results").json()["results"]
    dept = defaultdict(lambda: defaultdict(int))
    for r in results:
        d = r.get("position") or "Unknown"  # GoPhish 'position' field holds department from HR import
        dept[d]["sent"] += 1
        st = r["status"]
        if st in ("Email Opened", "Clicked Link", "Submitted Data"):
            dept[d]["opened"] += 1
        if st in ("Clicked Link", "Submitted Data"):
            dept[d]["clicked"] += 1
        if r.get("reported"):
            dept[d]["reported"] += 1
    merged = defaultdict(lambda: defaultdict(int))
    for d, v in dept.items():
        key = d if v["sent"] >= 5 else "Other (small teams)"  # avoid identifying individuals
        for k, n in v.items():
            merged[key][k] += n
    with open(out, "w", newline="") as f:
        w = csv.writer(f)
        w.writerow(["department", "sent", "opened", "clicked", "reported", "click_rate", "report_rate"])
        for d, v in sorted(merged.items()):
            w.writerow([d, v["sent"], v["opened"], v["clicked"], v["reported"],
                        f"{v['clicked'] / v['sent']:.0%}", f"{v['reported'] / v['sent']:.0%}"])
    print(f"wrote de-identified report {out}")


if __name__ == "__main__":
    if len(sys.argv) < 3:
        sys.exit("usage: campaign.py validate|launch CONFIG.yaml | report CAMPAIGN_ID --out FILE")
    if sys.argv[1] in ("validate", "launch"):
        CFG = yaml.safe_load(Path(sys.argv[2]).read_text())
        ok = validate(CFG) if sys.argv[1] == "validate" else launch(CFG)
    else:
        report(sys.argv[2], sys.argv[sys.argv.index("--out") + 1] if "--out" in sys.argv else "report.csv")
