#!/usr/bin/env python3
"""Small base64 helper: data URIs, base64url, JWT inspection, Basic auth headers."""
import argparse
import base64
import datetime as dt
import getpass
import json
import mimetypes
import sys
import urllib.parse
from pathlib import Path

mimetypes.add_type("font/woff2", ".woff2")
mimetypes.add_type("image/svg+xml", ".svg")
mimetypes.add_type("image/webp", ".webp")


def pad(s: str) -> str:
    return s + "=" * (-len(s) % 4)


def cmd_datauri(a):
    p = Path(a.file)
    data = p.read_bytes()
    if len(data) > a.max_kb * 1024:
        sys.exit(f"{p.name} is {len(data)//1024} KB; over the {a.max_kb} KB inline budget")
    mime = mimetypes.guess_type(p.name)[0] or "application/octet-stream"
    if mime == "image/svg+xml" and a.svg_utf8:
        uri = "data:image/svg+xml;charset=utf-8," + urllib.parse.quote(data.decode("utf-8"), safe=" =:/'")
    else:
        uri = f"data:{mime};base64,{base64.b64encode(data).decode()}"
    if a.css:
        print(f"{a.css} {{ background-image: url(\"{uri}\"); }}")
    else:
        print(uri)
    print(f"# {len(data)} bytes -> {len(uri)} chars", file=sys.stderr)


def cmd_enc(a):
    raw = a.text.encode() if a.text is not None else sys.stdin.buffer.read()
    out = base64.urlsafe_b64encode(raw).decode().rstrip("=") if a.url else base64.b64encode(raw).decode()
    print(out)


def cmd_dec(a):
    s = (a.text if a.text is not None else sys.stdin.read()).strip()
    raw = base64.urlsafe_b64decode(pad(s)) if a.url else base64.b64decode(pad(s), validate=True)
    try:
        print(raw.decode("utf-8"))
    except UnicodeDecodeError:
        sys.stdout.buffer.write(raw)


def _ts(v):
    try:
        return dt.datetime.fromtimestamp(int(v), dt.timezone.utc).isoformat()
    except (TypeError, ValueError, OverflowError):
        return v


def cmd_jwt(a):
    parts = a.token.strip().split(".")
    if len(parts) not in (3, 5):
        sys.exit("not a JWT/JWE (expected 3 or 5 dot-separated parts)")
    if len(parts) == 5:
        header = json.loads(base64.urlsafe_b64decode(pad(parts[0])))
        print("JWE (encrypted) — only the header is readable:")
        print(json.dumps(header, indent=2))
        return
    header = json.loads(base64.urlsafe_b64decode(pad(parts[0])))
    claims = json.loads(base64.urlsafe_b64decode(pad(parts[1])))
    print("header:")
    print(json.dumps(header, indent=2))
    shown = dict(claims)
    for k in ("exp", "iat", "nbf", "auth_time"):
        if k in shown:
            shown[k] = f"{shown[k]}  ({_ts(shown[k])})"
    print("claims:")
    print(json.dumps(shown, indent=2, ensure_ascii=False))
    print(f"signature: <{len(parts[2])} chars, not shown, not verified>")
    now = dt.datetime.now(dt.timezone.utc).timestamp()
    if str(header.get("alg", "")).lower() == "none":
        print("WARNING: alg=none — unsigned token; servers must reject this")
    if isinstance(claims.get("exp"), (int, float)) and claims["exp"] < now:
        print("note: token is expired")


def cmd_basic(a):
    pw = getpass.getpass(f"password for {a.user}: ")
    tok = base64.b64encode(f"{a.user}:{pw}".encode()).decode()
    print(f"Authorization: Basic {tok}")


def main():
    ap = argparse.ArgumentParser(prog="b64tool")
    sub = ap.add_subparsers(dest="cmd", required=True)

    p = sub.add_parser("datauri"); p.add_argument("file")
    p.add_argument("--css"); p.add_argument("--max-kb", type=int, default=8)
    p.add_argument("--svg-utf8", action="store_true"); p.set_defaults(fn=cmd_datauri)

    for name, fn in (("enc", cmd_enc), ("dec", cmd_dec)):
        p = sub.add_parser(name); p.add_argument("text", nargs="?")
        p.add_argument("--url", action="store_true"); p.set_defaults(fn=fn)

    p = sub.add_parser("jwt"); p.add_argument("token"); p.set_defaults(fn=cmd_jwt)
    p = sub.add_parser("basic"); p.add_argument("user"); p.set_defaults(fn=cmd_basic)

    a = ap.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
