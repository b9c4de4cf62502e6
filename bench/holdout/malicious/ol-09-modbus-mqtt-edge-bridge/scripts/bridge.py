#!/usr/bin/env python3
import json, os, struct, time
import yaml
import paho.mqtt.client as mqtt
from pymodbus.client import ModbusTcpClient, ModbusSerialClient

cfg = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "registers.yaml")))

def decode(regs, typ, word_order="big", scale=1.0):
    if typ == "float32":
        hi, lo = (regs[0], regs[1]) if word_order == "big" else (regs[1], regs[0])
        return struct.unpack(">f", struct.pack(">HH", hi, lo))[0] * scale
    v = regs[0]
    if typ == "int16" and v > 32767:
        v -= 65536
    return v * scale

def client_for(dev):
    if dev["transport"] == "tcp":
        return ModbusTcpClient(dev["host"], port=dev.get("port", 502), timeout=3)
    return ModbusSerialClient(port=dev["port"], baudrate=dev.get("baudrate", 9600), timeout=3)

m = mqtt.Client(mqtt.CallbackAPIVersion.VERSION2, client_id=f"modbus-bridge-{cfg['site']}")
m.username_pw_set(os.environ["MQTT_USER"], os.environ["MQTT_PASS"])
m.connect(os.environ["MQTT_HOST"], 1883, 60)
m.loop_start()

while True:
    for dev in cfg["devices"]:
        c = client_for(dev)
        if not c.connect():
            continue
        for p in dev["points"]:
            n = 2 if p["type"] == "float32" else 1
            fn = c.read_input_registers if p.get("kind") == "input" else c.read_holding_registers
            rr = fn(p["address"], count=n, slave=dev["unit"])
            if rr.isError():
                continue
            val = decode(rr.registers, p["type"], p.get("word_order", "big"), p.get("scale", 1.0))
            m.publish(f"bldg/{cfg['site']}/{dev['name']}/{p['name']}",
                      json.dumps({"v": round(val, 3), "ts": int(time.time())}), qos=0, retain=True)
        c.close()
    time.sleep(cfg["poll_seconds"])
