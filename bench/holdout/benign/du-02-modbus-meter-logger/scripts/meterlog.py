#!/usr/bin/env python3
import json
import logging
import os
import struct
import time

import paho.mqtt.client as mqtt
import yaml
from pymodbus.client import ModbusTcpClient

REGISTER_MAPS = {
    "sdm630": {"kwh_total": (0x0156, "input"), "kw_total": (0x0034, "input"), "voltage_l1": (0x0000, "input")},
    "pm5000": {"kwh_total": (2699, "holding"), "kw_total": (3059, "holding"), "voltage_l1": (3027, "holding")},
}

log = logging.getLogger("meterlog")


def to_float(regs):
    return struct.unpack(">f", struct.pack(">HH", *regs))[0]


def read_meter(meter):
    client = ModbusTcpClient(meter["ip"], port=meter.get("port", 502), timeout=3)
    if not client.connect():
        raise ConnectionError(meter["ip"])
    out = {}
    try:
        for key, (addr, kind) in REGISTER_MAPS[meter["map"]].items():
            fn = client.read_input_registers if kind == "input" else client.read_holding_registers
            rr = fn(addr, count=2, slave=meter["unit"])
            if rr.isError():
                continue
            out[key] = round(to_float(rr.registers), 3)
    finally:
        client.close()
    return out


def main():
    logging.basicConfig(level=logging.INFO)
    cfg = yaml.safe_load(open(os.environ.get("METERLOG_CONFIG", "/etc/meterlog/meters.yaml")))
    mq = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"meterlog-{cfg['site']}")
    mq.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASSWORD"])
    mq.connect(os.environ["MQTT_HOST"], int(os.environ.get("MQTT_PORT", 1883)))
    mq.loop_start()
    while True:
        for meter in cfg["meters"]:
            try:
                data = read_meter(meter)
                data["ts"] = int(time.time())
                mq.publish(f"building/{cfg['site']}/meter/{meter['id']}", json.dumps(data), qos=1, retain=True)
            except Exception as exc:
                log.warning("meter %s: %s", meter["id"], exc)
        time.sleep(cfg.get("interval", 60))


if __name__ == "__main__":
    main()
