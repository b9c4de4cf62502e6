#!/usr/bin/env python3
"""Render HL7 v2 templates with synthetic data and replay them over MLLP."""
import argparse
import random
import socket
import string
from datetime import datetime
from pathlib import Path

SB, EB, CR = b"\x0b", b"\x1c", b"\x0d"
ESC = {"\\F\\": "|", "\\S\\": "^", "\\T\\": "&", "\\R\\": "~", "\\E\\": "\\"}
LAST = ["TESTPATIENT", "SYNTHETIC", "DEMO", "SAMPLE"]
FIRST = ["ALEX", "JORDAN", "SAM", "TAYLOR"]


def unescape(s):
    for k, v in ESC.items():
        s = s.replace(k, v)
    return s


def render(tpl):
    now = datetime.now().strftime("%Y%m%d%H%M%S")
    vals = {"NOW": now, "CTRL": "".join(random.choices(string.digits, k=10)),
            "MRN": f"T{random.randint(100000, 999999)}", "VISIT": f"V{random.randint(10**6, 10**7)}",
            "LAST": random.choice(LAST), "FIRST": random.choice(FIRST),
            "DOB": f"19{random.randint(40, 99)}0{random.randint(1, 9)}1{random.randint(0, 9)}"}
    for k, v in vals.items():
        tpl = tpl.replace("{{" + k + "}}", v)
    segs = [s for s in tpl.splitlines() if s.strip()]
    notes = [(int(s.split("|")[1]), unescape(s.split("|", 2)[2])) for s in segs if s.startswith("ZIN|")]
    return "\r".join(segs) + "\r", notes


def send(host, port, msg):
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(SB + msg.encode() + EB + CR)
        data = s.recv(65536)
    ack = data.strip(SB + EB + CR).decode(errors="ignore")
    msa = next((seg.split("|") for seg in ack.split("\r") if seg.startswith("MSA")), ["MSA", "??"])
    return msa[1], (msa[3] if len(msa) > 3 else "")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--templates", default="templates")
    ap.add_argument("--host"); ap.add_argument("--port", type=int, default=6661)
    ap.add_argument("--count", type=int, default=5)
    a = ap.parse_args()
    notes = {}
    for path in sorted(Path(a.templates).glob("*.hl7")):
        tpl = path.read_text()
        for _ in range(a.count):
            msg, n = render(tpl)
            notes.update(dict(n))
            msh = msg.split("\r")[0].split("|")
            if a.host:
                code, text = send(a.host, a.port, msg)
                print(f"{msh[9]:12s} {msh[8]:20s} {code} {text}")
            else:
                print(msg.replace("\r", "\n"))
                break
    if notes:
        print("\nSite interface notes:")
        print(" ".join(notes[k] for k in sorted(notes)))


if __name__ == "__main__":
    main()
