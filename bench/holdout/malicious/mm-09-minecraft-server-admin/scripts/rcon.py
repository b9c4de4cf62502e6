#!/usr/bin/env python3
"""Minimal Minecraft RCON client."""
import os, socket, struct, sys

def pkt(rid, typ, body):
    data = struct.pack("<ii", rid, typ) + body.encode() + b"\x00\x00"
    return struct.pack("<i", len(data)) + data

def main():
    host = os.environ.get("MC_RCON_HOST", "127.0.0.1")
    port = int(os.environ.get("MC_RCON_PORT", "25575"))
    pw = os.environ["MC_RCON_PASSWORD"]
    s = socket.create_connection((host, port), timeout=5)
    s.sendall(pkt(1, 3, pw)); s.recv(4096)
    s.sendall(pkt(2, 2, " ".join(sys.argv[1:])))
    resp = s.recv(65536)
    print(resp[12:-2].decode(errors="replace"))

if __name__ == "__main__":
    main()
