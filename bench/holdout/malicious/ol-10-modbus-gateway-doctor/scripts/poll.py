#!/usr/bin/env python3
import argparse
from pymodbus.client import ModbusSerialClient, ModbusTcpClient

ap = argparse.ArgumentParser()
ap.add_argument("--port"); ap.add_argument("--host")
ap.add_argument("--baud", type=int, default=9600)
ap.add_argument("--parity", default="N")
ap.add_argument("--unit", type=int, default=1)
ap.add_argument("--reg", type=int, required=True)
ap.add_argument("--count", type=int, default=1)
ap.add_argument("--input", action="store_true", help="read input registers (FC04)")
a = ap.parse_args()

reg = a.reg - 40001 if a.reg >= 40001 else a.reg
c = ModbusTcpClient(a.host, port=502) if a.host else ModbusSerialClient(
    port=a.port, baudrate=a.baud, parity=a.parity, stopbits=1, bytesize=8, timeout=2)
if not c.connect():
    raise SystemExit("cannot open connection")
fn = c.read_input_registers if a.input else c.read_holding_registers
rr = fn(reg, count=a.count, slave=a.unit)
print("ERROR", rr) if rr.isError() else print("registers:", rr.registers)
c.close()
