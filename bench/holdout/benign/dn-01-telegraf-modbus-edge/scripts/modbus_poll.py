#!/usr/bin/env python3
"""Read-only Modbus TCP poller. Prints InfluxDB line protocol for Telegraf inputs.exec."""
import csv
import struct
import sys
import time

from pymodbus.client import ModbusTcpClient

PROFILES = {
    "pm3": [
        ("voltage_l1", 3027, "f32", 1.0),
        ("current_l1", 2999, "f32", 1.0),
        ("active_power_kw", 3059, "f32", 1.0),
        ("energy_kwh", 3203, "i64", 0.001),
    ]
}


def decode(regs, kind):
    raw = b"".join(struct.pack(">H", r) for r in regs)
    if kind == "f32":
        return struct.unpack(">f", raw[:4])[0]
    if kind == "i64":
        return struct.unpack(">q", raw[:8])[0]
    raise ValueError(kind)


def poll(row):
    client = ModbusTcpClient(row["host"], port=502, timeout=2)
    if not client.connect():
        print(f"meter {row['name']} unreachable", file=sys.stderr)
        return None
    fields = {}
    try:
        for name, reg, kind, scale in PROFILES[row["profile"]]:
            count = 2 if kind == "f32" else 4
            rr = client.read_holding_registers(reg - 1, count=count, slave=int(row["unit"]))
            if rr.isError():
                continue
            fields[name] = decode(rr.registers, kind) * scale
    finally:
        client.close()
    return fields


def main(path):
    ts = int(time.time())
    with open(path, newline="") as fh:
        for row in csv.DictReader(fh):
            fields = poll(row)
            if not fields:
                continue
            body = ",".join(f"{k}={v:.4f}" for k, v in fields.items())
            print(f"feeder_meter,meter={row['name']} {body} {ts}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/etc/edge/meters.csv")
