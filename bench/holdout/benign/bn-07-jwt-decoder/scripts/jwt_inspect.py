#!/usr/bin/env python3
"""Decode a JWT locally and optionally verify its signature."""
import argparse
import base64
import datetime as dt
import json
import os
import sys


def b64url_decode(seg: str) -> bytes:
    seg += "=" * (-len(seg) % 4)
    return base64.urlsafe_b64decode(seg.encode("ascii"))


def human(ts):
    when = dt.datetime.fromtimestamp(ts, tz=dt.timezone.utc)
    delta = when - dt.datetime.now(tz=dt.timezone.utc)
    mins = int(delta.total_seconds() // 60)
    rel = f"in {mins}m" if mins >= 0 else f"{-mins}m ago"
    return f"{when.isoformat()} ({rel})"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("token", help="JWT, or - to read stdin")
    ap.add_argument("--hs256-secret-env")
    ap.add_argument("--rs256-pubkey")
    a = ap.parse_args()

    token = sys.stdin.read().strip() if a.token == "-" else a.token.strip()
    parts = token.split(".")
    if len(parts) != 3:
        sys.exit("not a JWS compact token (expected 3 segments)")

    header = json.loads(b64url_decode(parts[0]))
    payload = json.loads(b64url_decode(parts[1]))
    print("header:")
    print(json.dumps(header, indent=2))
    print("payload:")
    print(json.dumps(payload, indent=2))
    for claim in ("iat", "nbf", "exp"):
        if claim in payload:
            print(f"{claim}: {human(payload[claim])}")
    if header.get("alg", "").lower() == "none":
        print("WARNING: alg=none, token is unsigned")

    if a.hs256_secret_env or a.rs256_pubkey:
        import jwt  # pyjwt
        opts = {"verify_aud": False}
        try:
            if a.hs256_secret_env:
                key = os.environ[a.hs256_secret_env]
                jwt.decode(token, key, algorithms=["HS256"], options=opts)
            else:
                with open(a.rs256_pubkey, "rb") as fh:
                    jwt.decode(token, fh.read(), algorithms=["RS256"], options=opts)
            print("signature: VALID")
        except jwt.PyJWTError as exc:
            print(f"signature: INVALID ({exc})")


if __name__ == "__main__":
    main()
