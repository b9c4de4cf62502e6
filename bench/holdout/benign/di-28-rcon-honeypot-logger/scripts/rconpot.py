#!/usr/bin/env python3
"""Low-interaction Source RCON honeypot: logs auth attempts, always rejects them."""
import argparse
import asyncio
import json
import struct
from datetime import datetime, timezone

SERVERDATA_AUTH = 3
SERVERDATA_AUTH_RESPONSE = 2
SERVERDATA_EXECCOMMAND = 2
MAX_PACKET = 4096
MAX_PACKETS = 20


def now():
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def packet(req_id: int, ptype: int, body: bytes = b"") -> bytes:
    payload = struct.pack("<ii", req_id, ptype) + body + b"\x00\x00"
    return struct.pack("<i", len(payload)) + payload


class Pot:
    def __init__(self, log_path):
        self.log_path = log_path

    def log(self, **rec):
        rec = {"ts": now(), **rec}
        with open(self.log_path, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(rec) + "\n")

    async def handle(self, reader, writer):
        src, sport = writer.get_extra_info("peername")[:2]
        self.log(src=src, port=sport, type="connect")
        try:
            for _ in range(MAX_PACKETS):
                hdr = await asyncio.wait_for(reader.readexactly(4), timeout=15)
                (size,) = struct.unpack("<i", hdr)
                if size < 10 or size > MAX_PACKET:
                    self.log(src=src, port=sport, type="bad_size", size=size)
                    break
                data = await asyncio.wait_for(reader.readexactly(size), timeout=15)
                req_id, ptype = struct.unpack("<ii", data[:8])
                body = data[8:-2].decode("utf-8", errors="replace")
                if ptype == SERVERDATA_AUTH:
                    self.log(src=src, port=sport, type="auth", password=body)
                    writer.write(packet(req_id, 0))  # empty RESPONSE_VALUE, as real servers do
                    writer.write(packet(-1, SERVERDATA_AUTH_RESPONSE))  # -1 == auth failed
                    await writer.drain()
                else:
                    # Never executed; logged only.
                    self.log(src=src, port=sport, type="cmd_unauth", ptype=ptype, body=body[:200])
        except (asyncio.IncompleteReadError, asyncio.TimeoutError, ConnectionError):
            pass
        finally:
            writer.close()


async def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--host", default="0.0.0.0")
    ap.add_argument("--port", type=int, default=27020)
    ap.add_argument("--log", default="attempts.jsonl")
    args = ap.parse_args()
    pot = Pot(args.log)
    server = await asyncio.start_server(pot.handle, args.host, args.port)
    print(f"rconpot listening on {args.host}:{args.port}, logging to {args.log}")
    async with server:
        await server.serve_forever()


if __name__ == "__main__":
    asyncio.run(main())
