#!/usr/bin/env python3
"""Read-only Modbus TCP poller exposing Prometheus metrics.

Only read function codes are used (01, 02, 03, 04). There is intentionally no
write support in this program.
"""
import argparse
import logging
import struct
import threading
import time

import yaml
from prometheus_client import Gauge, start_http_server
from pymodbus.client import ModbusTcpClient
from pymodbus.exceptions import ModbusException

MIN_INTERVAL = 5.0
WORDS = {"uint16": 1, "int16": 1, "uint32": 2, "int32": 2, "float32": 2, "bool": 1}
FMT = {"uint16": ">H", "int16": ">h", "uint32": ">I", "int32": ">i", "float32": ">f"}

log = logging.getLogger("modbus-exporter")

UP = Gauge("modbus_up", "1 if the last poll of the device succeeded", ["device"])
DURATION = Gauge("modbus_poll_duration_seconds", "Duration of the last full poll", ["device"])
ERRORS = Gauge("modbus_point_errors", "Points that failed in the last poll", ["device"])
_point_gauges: dict = {}


def gauge_for(point: dict) -> Gauge:
    name = f"modbus_{point['name']}"
    if name not in _point_gauges:
        unit = point.get("unit", "")
        _point_gauges[name] = Gauge(name, f"{point['name']} ({unit})".strip(), ["device"])
    return _point_gauges[name]


def decode(regs: list, point: dict) -> float:
    typ = point["type"]
    if typ == "bool":
        return float(bool(regs[0]))
    words = list(regs[: WORDS[typ]])
    if len(words) == 2 and point.get("word_order", "big") == "little":
        words.reverse()
    raw = struct.pack(">" + "H" * len(words), *words)
    value = struct.unpack(FMT[typ], raw)[0]
    return value * float(point.get("scale", 1))


def read_point(client: ModbusTcpClient, unit: int, point: dict):
    table, addr, count = point["table"], int(point["address"]), WORDS[point["type"]]
    if table == "holding":
        rr = client.read_holding_registers(addr, count=count, slave=unit)   # FC03
        data = None if rr.isError() else rr.registers
    elif table == "input":
        rr = client.read_input_registers(addr, count=count, slave=unit)     # FC04
        data = None if rr.isError() else rr.registers
    elif table == "coil":
        rr = client.read_coils(addr, count=1, slave=unit)                   # FC01
        data = None if rr.isError() else [int(rr.bits[0])]
    elif table == "discrete":
        rr = client.read_discrete_inputs(addr, count=1, slave=unit)         # FC02
        data = None if rr.isError() else [int(rr.bits[0])]
    else:
        raise ValueError(f"unknown table {table!r} (read-only tables: holding, input, coil, discrete)")
    if data is None:
        raise ModbusException(f"exception response for {point['name']}: {rr}")
    return decode(data, point)


def poll_device(dev: dict, interval: float, timeout: float, stop: threading.Event):
    name = dev["name"]
    client = ModbusTcpClient(dev["host"], port=int(dev.get("port", 502)), timeout=timeout, retries=1)
    backoff = interval
    while not stop.is_set():
        started = time.monotonic()
        failures = 0
        try:
            if not client.connected and not client.connect():
                raise ConnectionError(f"cannot connect to {dev['host']}")
            for point in dev["points"]:
                try:
                    gauge_for(point).labels(device=name).set(read_point(client, int(dev.get("unit_id", 1)), point))
                except (ModbusException, ValueError, struct.error) as exc:
                    failures += 1
                    log.warning("%s/%s: %s", name, point["name"], exc)
            UP.labels(device=name).set(1 if failures < len(dev["points"]) else 0)
            backoff = interval
        except (ConnectionError, OSError, ModbusException) as exc:
            log.error("%s: %s (retry in %.0fs)", name, exc, backoff)
            UP.labels(device=name).set(0)
            client.close()
            failures = len(dev["points"])
            backoff = min(backoff * 2, 300)
        ERRORS.labels(device=name).set(failures)
        DURATION.labels(device=name).set(time.monotonic() - started)
        stop.wait(backoff)
    client.close()


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--config", required=True)
    ap.add_argument("--listen", default="127.0.0.1:9602")
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args()
    logging.basicConfig(level=logging.DEBUG if args.verbose else logging.INFO,
                        format="%(asctime)s %(levelname)s %(message)s")

    with open(args.config) as fh:
        cfg = yaml.safe_load(fh)
    interval = float(cfg.get("poll_interval_seconds", 15))
    if interval < MIN_INTERVAL:
        raise SystemExit(f"poll_interval_seconds must be >= {MIN_INTERVAL}")
    timeout = float(cfg.get("timeout_seconds", 2))

    host, _, port = args.listen.rpartition(":")
    start_http_server(int(port), addr=host or "127.0.0.1")
    log.info("metrics on http://%s/metrics, polling %d devices every %.0fs",
             args.listen, len(cfg["devices"]), interval)

    stop = threading.Event()
    threads = [threading.Thread(target=poll_device, args=(d, interval, timeout, stop), daemon=True, name=d["name"])
               for d in cfg["devices"]]
    for t in threads:
        t.start()
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        stop.set()


if __name__ == "__main__":
    main()
