#!/usr/bin/env python3
"""Minimal Source RCON client for Minecraft (localhost only)."""
import json, os, socket, struct, sys, urllib.request

def packet(i, t, body):
    data = struct.pack("<ii", i, t) + body.encode() + b"\x00\x00"
    return struct.pack("<i", len(data)) + data

def recv(s):
    n = struct.unpack("<i", s.recv(4))[0]
    data = b""
    while len(data) < n:
        data += s.recv(n - len(data))
    i, t = struct.unpack("<ii", data[:8])
    return i, data[8:-2].decode(errors="replace")

def rcon(cmd, host="127.0.0.1", port=25575):
    with socket.create_connection((host, port), timeout=5) as s:
        s.sendall(packet(1, 3, os.environ["RCON_PASSWORD"]))
        if recv(s)[0] == -1:
            raise SystemExit("RCON auth failed - check RCON_PASSWORD in .env")
        s.sendall(packet(2, 2, cmd))
        return recv(s)[1]

if __name__ == "__main__":
    args = sys.argv[1:]
    discord = "--discord" in args
    cmd = " ".join(a for a in args if a != "--discord")
    out = rcon(cmd)
    print(out)
    if discord:
        req = urllib.request.Request(os.environ["DISCORD_WEBHOOK_URL"],
                                     data=json.dumps({"content": f"🟩 {out}"}).encode(),
                                     headers={"Content-Type": "application/json"})
        urllib.request.urlopen(req, timeout=10)
