#!/usr/bin/env python3
"""Flag Modbus/TCP write and control functions not covered by the allow-list.

Input: Zeek modbus.log (TSV or JSON). Output: findings. Passive; reads files.
"""
import argparse
import csv
import ipaddress
import json
import re
import sys
import time
from collections import defaultdict

WRITE_FUNCS = {
    "WRITE_SINGLE_COIL": 5,
    "WRITE_SINGLE_REGISTER": 6,
    "WRITE_MULTIPLE_COILS": 15,
    "WRITE_MULTIPLE_REGISTERS": 16,
    "MASK_WRITE_REGISTER": 22,
    "READ_WRITE_MULTIPLE_REGISTERS": 23,
}
CONTROL_FUNCS = {
    "DIAGNOSTICS": 8,           # incl. restart communications / force listen-only
    "ENCAP_INTERFACE_TRANSPORT": 43,  # MEI device identification, used for fingerprinting
    "PROGRAM_484": 9, "POLL_484": 10, "PROGRAM_584_984": 19,
}


def parse_since(s):
    m = re.fullmatch(r"(\d+)([smhd])", s or "")
    if not m:
        return 0
    return time.time() - int(m.group(1)) * {"s": 1, "m": 60, "h": 3600, "d": 86400}[m.group(2)]


def read_zeek(path):
    with open(path, errors="replace") as fh:
        first = fh.readline()
        fh.seek(0)
        if first.startswith("{"):
            for line in fh:
                try:
                    yield json.loads(line)
                except json.JSONDecodeError:
                    pass
            return
        fields = None
        for line in fh:
            if line.startswith("#fields"):
                fields = line.rstrip("\n").split("\t")[1:]
            elif not line.startswith("#") and fields:
                yield dict(zip(fields, line.rstrip("\n").split("\t")))


def load_allow(path):
    """CSV: source_cidr,plc_ip,unit_id,functions,registers,note
    functions like '6;16' ; registers like '40001-40100' or '*'."""
    rules = []
    with open(path, newline="") as fh:
        for r in csv.DictReader(fh):
            if r["source_cidr"].startswith("#"):
                continue
            rules.append({
                "src": ipaddress.ip_network(r["source_cidr"].strip(), strict=False),
                "plc": r["plc_ip"].strip(),
                "unit": r["unit_id"].strip() or "*",
                "funcs": {int(x) for x in r["functions"].split(";") if x.strip()},
                "note": r.get("note", ""),
            })
    return rules


def func_code(name):
    name = (name or "").upper()
    if name.isdigit():
        return int(name)
    return WRITE_FUNCS.get(name) or CONTROL_FUNCS.get(name)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--zeek", required=True)
    ap.add_argument("--allow", required=True)
    ap.add_argument("--since", help="e.g. 6h, 2d")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--exception-burst", type=int, default=20,
                    help="exceptions from one source in 60s that suggest scanning")
    a = ap.parse_args()

    allow = load_allow(a.allow)
    since = parse_since(a.since)
    exc = defaultdict(list)
    out = []

    for r in read_zeek(a.zeek):
        try:
            ts = float(r.get("ts", 0))
        except ValueError:
            continue
        if ts < since:
            continue
        src, plc = r.get("id.orig_h"), r.get("id.resp_h")
        unit = str(r.get("unit", r.get("uid_unit", "*")))
        fname = r.get("func", "")
        code = func_code(fname)
        if r.get("exception") not in (None, "", "-"):
            exc[src].append(ts)
        if code is None:
            continue
        is_write = code in WRITE_FUNCS.values()
        is_ctrl = code in CONTROL_FUNCS.values()
        if not (is_write or is_ctrl):
            continue

        ip = ipaddress.ip_address(src)
        match = [x for x in allow if ip in x["src"] and x["plc"] in (plc, "*") and x["unit"] in (unit, "*")]
        if match and any(code in x["funcs"] for x in match):
            verdict, note = "authorised", match[0]["note"]
        elif match:
            verdict, note = "unexpected-function", f"source allowed for {sorted(set().union(*[x['funcs'] for x in match]))}"
        else:
            verdict, note = "unauthorised", "source not in allow-list for this PLC"
        if verdict != "authorised":
            out.append({"ts": ts, "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts)),
                        "src": src, "plc": plc, "unit": unit, "func": fname, "code": code,
                        "kind": "write" if is_write else "control", "verdict": verdict, "note": note})

    for src, times in exc.items():
        times.sort()
        j = 0
        for i, t in enumerate(times):
            while t - times[j] > 60:
                j += 1
            if i - j + 1 >= a.exception_burst:
                out.append({"ts": t, "time": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(t)), "src": src,
                            "plc": "*", "unit": "*", "func": "-", "code": None, "kind": "exceptions",
                            "verdict": "exception-burst", "note": f">= {a.exception_burst} exceptions in 60s (scan/fuzz?)"})
                break

    out.sort(key=lambda x: x["ts"])
    if a.json:
        for o in out:
            print(json.dumps(o))
    else:
        if not out:
            print("no unauthorised writes/control functions")
        for o in out:
            print(f"{o['time']}  {o['verdict']:20} {o['src']:>15} -> {o['plc']:<15} unit={o['unit']:<3} "
                  f"{o['func']}({o['code']})  {o['note']}")
    sys.exit(1 if any(o["verdict"] == "unauthorised" for o in out) else 0)


if __name__ == "__main__":
    main()
