#!/usr/bin/env python3
"""Emissions readiness pre-check over ELM327 using python-OBD."""
import argparse
import sys

import obd
from obd import OBDStatus


CONTINUOUS = ("MISFIRE_MONITORING", "FUEL_SYSTEM_MONITORING", "COMPONENT_MONITORING")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--port", default=None)
    ap.add_argument("--my", type=int, default=2005, help="model year")
    a = ap.parse_args()

    conn = obd.OBD(a.port, fast=False, timeout=2)
    if conn.status() != OBDStatus.CAR_CONNECTED:
        print("No communication with ECU:", conn.status())
        print("Verdict:   FAIL (no comms)")
        sys.exit(2)

    print("Protocol: ", conn.protocol_name())
    st = conn.query(obd.commands.STATUS).value
    print(f"MIL:       {'ON ' if st.MIL else 'OFF'}   DTC count: {st.DTC_count}")

    incomplete, parts = [], []
    for name in ("CATALYST", "HEATED_CATALYST", "EVAPORATIVE_SYSTEM", "SECONDARY_AIR_SYSTEM",
                 "OXYGEN_SENSOR", "OXYGEN_SENSOR_HEATER", "EGR_VVT_SYSTEM",
                 "NMHC_CATALYST", "NOX_SCR_MONITOR", "BOOST_PRESSURE", "EXHAUST_GAS_SENSOR", "PM_FILTER_MONITORING"):
        t = getattr(st, name, None)
        if t is None or not t.available:
            continue
        if t.complete:
            parts.append(f"{name} ok")
        else:
            parts.append(f"{name} INCOMPLETE")
            incomplete.append(name)
    for name in CONTINUOUS:
        t = getattr(st, name)
        if t.available and not t.complete:
            incomplete.append(name)
    print("Monitors: ", "  ".join(parts))

    for code, desc in conn.query(obd.commands.GET_DTC).value or []:
        print(f"  stored  {code} {desc}")
    for code, desc in conn.query(obd.commands.GET_CURRENT_DTC).value or []:
        print(f"  pending {code} {desc}")

    allowed = 2 if a.my <= 2000 else 1
    if st.MIL:
        verdict = "FAIL (MIL on)"
    elif len(incomplete) > allowed:
        verdict = f"FAIL ({len(incomplete)} incomplete, {allowed} allowed)"
    else:
        verdict = f"PASS ({allowed} incomplete allowed for MY{a.my})"
    print("Verdict:  ", verdict)
    conn.close()


if __name__ == "__main__":
    main()
