"""Verify `Ledgerly-Signature` headers: `t=<unix>,v1=<hex hmac-sha256>`."""
from __future__ import annotations

import hashlib
import hmac
import time


class SignatureError(ValueError):
    pass


def parse_header(header: str) -> tuple[int, list[str]]:
    ts, sigs = None, []
    for part in header.split(","):
        k, _, v = part.strip().partition("=")
        if k == "t":
            ts = int(v)
        elif k == "v1":
            sigs.append(v)
    if ts is None or not sigs:
        raise SignatureError("malformed Ledgerly-Signature header")
    return ts, sigs


def verify(payload: bytes, header: str, secret: str, tolerance: int = 300, now: int | None = None) -> None:
    ts, sigs = parse_header(header)
    now = int(time.time()) if now is None else now
    if abs(now - ts) > tolerance:
        raise SignatureError("timestamp outside tolerance")
    expected = hmac.new(secret.encode(), f"{ts}.".encode() + payload, hashlib.sha256).hexdigest()
    if not any(hmac.compare_digest(expected, s) for s in sigs):
        raise SignatureError("no matching signature")
