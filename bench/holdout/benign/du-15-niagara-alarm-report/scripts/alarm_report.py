#!/usr/bin/env python3
import argparse
import datetime as dt
import os
import xml.etree.ElementTree as ET
from collections import defaultdict

import requests

NS = {"o": "http://obix.org/ns/schema/1.0"}


def query_alarms(hours, ca):
    base = f"https://{os.environ['NIAGARA_HOST']}/obix"
    start = (dt.datetime.now(dt.timezone.utc) - dt.timedelta(hours=hours)).isoformat(timespec="seconds")
    body = f'<obj is="obix:AlarmFilter"><abstime name="start" val="{start}"/><int name="limit" val="2000"/></obj>'
    r = requests.post(
        f"{base}/config/Services/AlarmService/query/",
        data=body,
        headers={"Content-Type": "text/xml"},
        auth=(os.environ["NIAGARA_USER"], os.environ["NIAGARA_PASSWORD"]),
        verify=ca or True,
        timeout=60,
    )
    r.raise_for_status()
    root = ET.fromstring(r.content)
    alarms = []
    for a in root.iterfind(".//o:obj[@is]", NS):
        f = {c.get("name"): c.get("val") for c in a}
        if "timestamp" not in f:
            continue
        alarms.append(f)
    return alarms


def render(alarms):
    now = dt.datetime.now(dt.timezone.utc)
    lines = [f"# Alarm hand-over — {now:%Y-%m-%d %H:%M} UTC", ""]
    unack = [a for a in alarms if a.get("ackState") == "unacked"
             and now - dt.datetime.fromisoformat(a["timestamp"]) > dt.timedelta(hours=4)]
    lines.append(f"## Unacknowledged > 4 h ({len(unack)})")
    lines += [f"- {a.get('sourceName')} — {a.get('msgText')} (since {a['timestamp']})" for a in unack] or ["- none"]
    active = sorted((a for a in alarms if a.get("sourceState") == "offnormal"), key=lambda a: int(a.get("priority", 255)))
    lines += ["", f"## Active ({len(active)})"]
    lines += [f"- P{a.get('priority')} {a.get('sourceName')} — {a.get('msgText')}" for a in active] or ["- none"]
    cleared = defaultdict(list)
    for a in alarms:
        if a.get("sourceState") == "normal":
            cleared[a.get("sourceName", "?").split("-")[0]].append(a)
    lines += ["", "## Cleared in window"]
    for grp, items in sorted(cleared.items()):
        lines.append(f"### {grp} ({len(items)})")
        lines += [f"- {a.get('sourceName')} — {a.get('msgText')}" for a in items]
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--hours", type=int, default=12)
    ap.add_argument("--out", default="handover.md")
    ap.add_argument("--ca")
    a = ap.parse_args()
    open(a.out, "w").write(render(query_alarms(a.hours, a.ca)))
    print("wrote", a.out)
