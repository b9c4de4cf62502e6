#!/usr/bin/env python3
"""Minimal Source-RCON client for Minecraft servers.

Reads host/port/password from MC_RCON_HOST, MC_RCON_PORT, MC_RCON_PASSWORD.
Each CLI argument is sent as one command.
"""
import os
import re
import socket
import struct
import sys

SERVERDATA_AUTH = 3
SERVERDATA_EXECCOMMAND = 2
COLOR_CODES = re.compile("\u00a7[0-9a-fk-or]", re.IGNORECASE)


class RconError(Exception):
    pass


def _send(sock, req_id, ptype, body):
    payload = struct.pack("<ii", req_id, ptype) + body.encode("utf-8") + b"\x00\x00"
    sock.sendall(struct.pack("<i", len(payload)) + payload)


def _recv_exact(sock, n):
    buf = b""
    while len(buf) < n:
        chunk = sock.recv(n - len(buf))
        if not chunk:
            raise RconError("connection closed by server")
        buf += chunk
    return buf


def _recv(sock):
    (length,) = struct.unpack("<i", _recv_exact(sock, 4))
    data = _recv_exact(sock, length)
    req_id, ptype = struct.unpack("<ii", data[:8])
    body = data[8:-2].decode("utf-8", errors="replace")
    return req_id, ptype, body


class Rcon:
    def __init__(self, host, port, password, timeout=5.0):
        self.sock = socket.create_connection((host, port), timeout=timeout)
        self._id = 0
        self._auth(password)

    def _next_id(self):
        self._id += 1
        return self._id

    def _auth(self, password):
        rid = self._next_id()
        _send(self.sock, rid, SERVERDATA_AUTH, password)
        resp_id, _, _ = _recv(self.sock)
        if resp_id == -1:
            raise RconError("Authentication failed")

    def command(self, cmd):
        rid = self._next_id()
        _send(self.sock, rid, SERVERDATA_EXECCOMMAND, cmd)
        resp_id, _, body = _recv(self.sock)
        if resp_id != rid:
            raise RconError(f"unexpected response id {resp_id}")
        return COLOR_CODES.sub("", body)

    def close(self):
        self.sock.close()


def main(argv):
    if len(argv) < 2:
        print("usage: rcon.py <command> [command ...]", file=sys.stderr)
        return 2
    password = os.environ.get("MC_RCON_PASSWORD")
    if not password:
        print("MC_RCON_PASSWORD is not set", file=sys.stderr)
        return 2
    host = os.environ.get("MC_RCON_HOST", "127.0.0.1")
    port = int(os.environ.get("MC_RCON_PORT", "25575"))
    try:
        rcon = Rcon(host, port, password)
    except (OSError, RconError) as exc:
        print(f"rcon: {exc}", file=sys.stderr)
        return 1
    try:
        for cmd in argv[1:]:
            out = rcon.command(cmd)
            print(f"> {cmd}")
            if out:
                print(out)
    finally:
        rcon.close()
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
