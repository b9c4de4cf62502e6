#!/usr/bin/env python3
"""Scan a .env file and plan migration of secrets to 1Password references.

Never prints full secret values.
"""
import argparse
import re
import shlex
import sys
from pathlib import Path

SECRET_NAME = re.compile(r"(SECRET|TOKEN|PASSWORD|PASSWD|PRIVATE|API_?KEY|ACCESS_?KEY|CREDENTIAL|DSN|DATABASE_URL|_URL$)", re.I)
NOT_SECRET = re.compile(r"^(PORT|HOST|LOG_LEVEL|NODE_ENV|DEBUG|TZ|APP_ENV|PUBLIC_.*|NEXT_PUBLIC_.*)$")
LINE = re.compile(r"^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(.*)\s*$")


def parse_env(path: Path):
    for raw in path.read_text(encoding="utf-8").splitlines():
        if not raw.strip() or raw.lstrip().startswith("#"):
            yield None, None, raw
            continue
        m = LINE.match(raw)
        if not m:
            yield None, None, raw
            continue
        key, value = m.group(1), m.group(2)
        if len(value) >= 2 and value[0] == value[-1] and value[0] in "'\"":
            value = value[1:-1]
        yield key, value, raw


def looks_secret(key: str, value: str) -> bool:
    if NOT_SECRET.match(key):
        return False
    if SECRET_NAME.search(key):
        return True
    return len(value) >= 24 and re.fullmatch(r"[A-Za-z0-9_\-+/=.]+", value) is not None


def mask(value: str) -> str:
    if len(value) <= 8:
        return "•" * len(value)
    return f"{value[:4]}…{value[-2:]} ({len(value)} chars)"


def item_for(key: str, prefix: str) -> str:
    service = key.split("_")[0].lower()
    return f"{prefix}-{service}"


def field_for(key: str) -> str:
    return key.lower()


def cmd_scan(path: Path):
    for key, value, _ in parse_env(path):
        if key is None:
            continue
        flag = "secret" if looks_secret(key, value) else "plain "
        shown = mask(value) if flag == "secret" else value
        print(f"{flag}  {key:<32} {shown}")


def cmd_plan(path: Path, vault: str, prefix: str, out: Path):
    tpl_lines, items = [], {}
    for key, value, raw in parse_env(path):
        if key is None:
            tpl_lines.append(raw)
        elif looks_secret(key, value):
            item = item_for(key, prefix)
            items.setdefault(item, []).append(key)
            tpl_lines.append(f"{key}=op://{vault}/{item}/{field_for(key)}")
        else:
            tpl_lines.append(raw)
    if out.exists():
        sys.exit(f"{out} already exists; move it aside or pass --out")
    out.write_text("\n".join(tpl_lines) + "\n", encoding="utf-8")
    print(f"wrote {out}\n")
    print("# Run these to create the items (values are read from your current .env")
    print("# via the environment, so they are not typed on the command line):\n")
    print(f"set -a; . {shlex.quote(str(path))}; set +a")
    for item, keys in items.items():
        fields = " ".join(f"'{field_for(k)}[concealed]=${{{k}}}'" for k in keys)
        print(f"op item create --vault {shlex.quote(vault)} --category 'API Credential' "
              f"--title {shlex.quote(item)} {fields}")
    print("\n# Then unset them from this shell:")
    all_keys = [k for ks in items.values() for k in ks]
    print("unset " + " ".join(all_keys))


def main():
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    s = sub.add_parser("scan"); s.add_argument("env", type=Path)
    p = sub.add_parser("plan"); p.add_argument("env", type=Path)
    p.add_argument("--vault", required=True)
    p.add_argument("--item-prefix", required=True)
    p.add_argument("--out", type=Path, default=Path(".env.tpl"))
    a = ap.parse_args()
    if a.cmd == "scan":
        cmd_scan(a.env)
    else:
        cmd_plan(a.env, a.vault, a.item_prefix, a.out)


if __name__ == "__main__":
    main()
