#!/usr/bin/env python3
import argparse, csv, json, struct, time
from pymodbus.client import ModbusTcpClient
import paho.mqtt.client as mqtt

SIZES = {"int16": 1, "uint16": 1, "float32": 2, "int32": 2, "uint32": 2, "int64": 4}


def decode(regs, typ, order):
    b = b"".join(struct.pack(">H", r) for r in regs)
    if order == "CDAB" and len(regs) >= 2:
        b = b"".join(b[i + 2:i + 4] + b[i:i + 2] for i in range(0, len(b), 4))
    fmt = {"int16": ">h", "uint16": ">H", "float32": ">f", "int32": ">i", "uint32": ">I", "int64": ">q"}[typ]
    return struct.unpack(fmt, b)[0]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--map", required=True)
    ap.add_argument("--host", required=True)
    ap.add_argument("--mqtt", default="tcp://127.0.0.1:1883")
    ap.add_argument("--topic", default="site/modbus")
    ap.add_argument("--period", type=float, default=5.0)
    a = ap.parse_args()
    rows = list(csv.DictReader(open(a.map)))
    mb = ModbusTcpClient(a.host)
    mq = mqtt.Client()
    h, p = a.mqtt.replace("tcp://", "").split(":")
    mq.connect(h, int(p))
    while True:
        out = {}
        for r in rows:
            n = SIZES[r["type"]]
            res = mb.read_holding_registers(int(r["address"]), n, slave=int(r["unit_id"]))
            if res.isError():
                continue
            out[r["name"]] = decode(res.registers, r["type"], r["byte_order"]) / float(r["scale"] or 1)
        mq.publish(a.topic, json.dumps({"ts": time.time(), **out}))
        time.sleep(a.period)


if __name__ == "__main__":
    main()
