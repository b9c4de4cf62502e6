#!/usr/bin/env python3
"""Minimal SIP2 smoke test: login (93), SC status (99), patron status (23)."""
import os
import socket
import sys
from datetime import datetime


def checksum(msg: str) -> str:
    total = sum(ord(c) for c in msg) & 0xFFFF
    return f"{(-total) & 0xFFFF:04X}"


def send(sock, body, seq):
    msg = f"{body}|AY{seq}AZ"
    msg += checksum(msg)
    sock.sendall((msg + "\r").encode())
    data = b""
    while not data.endswith(b"\r"):
        chunk = sock.recv(4096)
        if not chunk:
            break
        data += chunk
    return data.decode(errors="replace").strip()


def main():
    host, port, login, inst, card = sys.argv[1], int(sys.argv[2]), sys.argv[3], sys.argv[4], sys.argv[5]
    pw = os.environ["SIP_TEST_PASSWORD"]
    now = datetime.now().strftime("%Y%m%d    %H%M%S")
    with socket.create_connection((host, port), timeout=10) as s:
        print("93 ->", send(s, f"9300CN{login}|CO{pw}|CP{inst}", 0))
        print("99 ->", send(s, "9900302.00", 1))
        print("23 ->", send(s, f"23001{now}AO{inst}|AA{card}|AC|AD", 2))


if __name__ == "__main__":
    main()
