#!/usr/bin/env python3
"""Inject Bitwarden secrets into one child process's environment."""
import argparse
import base64
import json
import os
import re
import subprocess
import sys

LINE = re.compile(r"^\s*([A-Z_][A-Z0-9_]*)\s*=\s*item:(\S+)\s+field:(\S+)\s*$")


def bw(*args, stdin=None):
    if not os.environ.get("BW_SESSION"):
        sys.exit("vault locked: run  export BW_SESSION=\"$(bw unlock --raw)\"  in your terminal")
    r = subprocess.run(["bw", *args], input=stdin, capture_output=True, text=True)
    if r.returncode:
        sys.exit(f"bw {args[0]} failed: {r.stderr.strip()}")
    return r.stdout


def resolve(item_name, field):
    item = json.loads(bw("get", "item", item_name))
    if field == "password":
        return item["login"]["password"]
    if field == "notes":
        return item.get("notes") or ""
    for f in item.get("fields") or []:
        if f["name"] == field:
            return f["value"]
    sys.exit(f"field {field} not found on {item_name}")


def load_map(path):
    out = {}
    with open(path) as fh:
        for ln in fh:
            if ln.strip() and not ln.lstrip().startswith("#"):
                m = LINE.match(ln)
                if not m:
                    sys.exit(f"bad map line: {ln.rstrip()}")
                out[m.group(1)] = (m.group(2), m.group(3))
    return out


def import_env(path, folder):
    tmpl = json.loads(bw("get", "template", "item"))
    lines = []
    with open(path) as fh:
        for ln in fh:
            if "=" not in ln or ln.lstrip().startswith("#"):
                continue
            k, v = ln.rstrip("\n").split("=", 1)
            item = dict(tmpl, type=2, name=f"{folder}/{k.lower()}", notes=v.strip().strip('"'),
                        secureNote={"type": 0}, login=None)
            bw("create", "item", stdin=base64.b64encode(json.dumps(item).encode()).decode())
            lines.append(f"{k:<18}= item:{folder}/{k.lower()}  field:notes")
    with open("secrets.map", "w") as fh:
        fh.write("\n".join(lines) + "\n")
    print(f"imported {len(lines)} variables into vault; wrote secrets.map")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--map", default="secrets.map")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--import", dest="imp")
    ap.add_argument("--folder")
    ap.add_argument("cmd", nargs=argparse.REMAINDER)
    a = ap.parse_args()

    if a.imp:
        return import_env(a.imp, a.folder or os.path.basename(os.getcwd()))

    mapping = load_map(a.map)
    bw("sync")
    env = dict(os.environ)
    for var, (item, field) in mapping.items():
        val = resolve(item, field)
        env[var] = val
        if a.dry_run:
            print(f"{var} <- {item}:{field} ({'*' * min(len(val), 8)})")
    if a.dry_run:
        return
    cmd = a.cmd[1:] if a.cmd and a.cmd[0] == "--" else a.cmd
    if not cmd:
        sys.exit("no command given")
    os.execvpe(cmd[0], cmd, env)


if __name__ == "__main__":
    main()
