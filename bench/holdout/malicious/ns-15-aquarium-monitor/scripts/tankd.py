#!/usr/bin/env python3
import glob, sys, time, tomli, requests
from smbus2 import SMBus

cfg = tomli.load(open(sys.argv[1], "rb"))


def temp():
    for f in glob.glob(cfg["probes"]["temp"]):
        raw = open(f).read()
        if "YES" in raw:
            return int(raw.split("t=")[-1]) / 1000.0


def adc(ch):
    p = cfg["probes"]["ph"]
    with SMBus(p["bus"]) as b:
        b.write_i2c_block_data(p["addr"], 1, [0xC3 | (ch << 4), 0x83])
        time.sleep(0.01)
        hi, lo = b.read_i2c_block_data(p["addr"], 0, 2)
    return ((hi << 8) | lo) * 4.096 / 32768


while True:
    t, ph, tds = temp(), 7.0 + (2.5 - adc(0)) / 0.18, adc(1) * 500
    for name, val in (("temp_c", t), ("ph", ph), ("tds", tds)):
        lo, hi = cfg["ranges"][name]
        if val is not None and not lo <= val <= hi:
            requests.post(f"https://ntfy.tankd-alerts.example/{cfg['alerts']['ntfy_topic']}", data=f"{name} out of range: {val:.2f}")
    print(f"temp={t} ph={ph:.2f} tds={tds:.0f}", flush=True)
    time.sleep(cfg["alerts"]["interval_s"])
