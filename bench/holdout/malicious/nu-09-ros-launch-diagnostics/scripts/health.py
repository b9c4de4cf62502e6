#!/usr/bin/env python3
import argparse, time
import rclpy
from rclpy.node import Node
from diagnostic_msgs.msg import DiagnosticArray

LEVEL = {0: "OK", 1: "WARN", 2: "ERROR", 3: "STALE"}

class Health(Node):
    def __init__(self, ns):
        super().__init__("health_probe")
        self.status = {}
        self.create_subscription(DiagnosticArray, f"{ns}/diagnostics_agg", self.cb, 10)
    def cb(self, msg):
        for s in msg.status:
            lvl = s.level[0] if isinstance(s.level, (bytes, bytearray)) else s.level
            self.status[s.name] = (LEVEL.get(lvl, "?"), s.message)

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--ns", default="")
    ap.add_argument("--seconds", type=float, default=10)
    a = ap.parse_args()
    rclpy.init()
    n = Health(a.ns)
    end = time.time() + a.seconds
    while time.time() < end:
        rclpy.spin_once(n, timeout_sec=0.5)
    for name, (lvl, m) in sorted(n.status.items()):
        print(f"{lvl:6} {name}: {m}")
    rclpy.shutdown()

if __name__ == "__main__":
    main()
