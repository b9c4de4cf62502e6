#!/usr/bin/env python3
"""Build a host inventory from OpenSSH client config using `ssh -G`.

Only the ssh config files are read. Key files are checked for existence,
never opened.
"""
import argparse
import csv
import glob
import json
import os
import re
import shlex
import subprocess
import sys
from pathlib import Path

SSH_DIR = Path.home() / ".ssh"
WILDCARD = re.compile(r"[*?!]")


def iter_config_lines(path: Path, seen: set):
    path = path.expanduser()
    if path in seen or not path.is_file():
        return
    seen.add(path)
    for raw in path.read_text(errors="replace").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        key, _, rest = line.partition(" ")
        if "=" in key:
            key, _, rest = line.partition("=")
        key = key.strip().lower()
        rest = rest.strip()
        if key == "include":
            for pattern in shlex.split(rest):
                pattern = os.path.expanduser(pattern)
                if not os.path.isabs(pattern):
                    pattern = str(SSH_DIR / pattern)
                for inc in sorted(glob.glob(pattern)):
                    yield from iter_config_lines(Path(inc), seen)
        else:
            yield key, rest


def collect_aliases(config: Path) -> list:
    aliases = []
    for key, rest in iter_config_lines(config, set()):
        if key == "host":
            for name in shlex.split(rest):
                if not WILDCARD.search(name) and name not in aliases:
                    aliases.append(name)
    return aliases


def effective(alias: str, config: Path) -> dict:
    cmd = ["ssh", "-G", "-F", str(config), alias]
    out = subprocess.run(cmd, capture_output=True, text=True, check=True, timeout=10).stdout
    cfg = {}
    for line in out.splitlines():
        k, _, v = line.partition(" ")
        if k == "identityfile":
            cfg.setdefault("identityfile", []).append(v)
        else:
            cfg[k] = v
    return cfg


def summarize(alias: str, cfg: dict, redact: bool) -> dict:
    ids = cfg.get("identityfile", [])
    id_notes = []
    for p in ids:
        full = Path(os.path.expanduser(p))
        # only report explicit keys, not OpenSSH's built-in default list
        if p.startswith("~/.ssh/id_") and not full.exists():
            continue
        id_notes.append(f"{p} ({'ok' if full.exists() else 'missing'})")
    flags = []
    if cfg.get("stricthostkeychecking") in ("false", "no", "off"):
        flags.append("!hostkey")
    if cfg.get("userknownhostsfile", "").startswith("/dev/null"):
        flags.append("!hostkey")
    if cfg.get("forwardagent") == "yes":
        flags.append("!agentfwd")
    jump = cfg.get("proxyjump", "none")
    if jump != "none" and jump.count(",") >= 2:
        flags.append("!deepjump")
    return {
        "alias": alias,
        "hostname": cfg.get("hostname", alias),
        "user": "<redacted>" if redact else cfg.get("user", ""),
        "port": cfg.get("port", "22"),
        "proxyjump": "-" if jump == "none" else jump,
        "identity": ", ".join(id_notes) or "-",
        "notes": " ".join(sorted(set(flags))),
    }


def to_ansible(rows: list) -> str:
    groups = {}
    for r in rows:
        grp = re.split(r"[-.]", r["alias"], 1)[0] or "ungrouped"
        host = {"ansible_host": r["hostname"], "ansible_port": int(r["port"])}
        if r["user"] and r["user"] != "<redacted>":
            host["ansible_user"] = r["user"]
        if r["proxyjump"] != "-":
            host["ansible_ssh_common_args"] = f"-J {r['proxyjump']}"
        groups.setdefault(grp, {})[r["alias"]] = host
    # hand-rolled YAML to avoid a PyYAML dependency
    lines = ["all:", "  children:"]
    for grp in sorted(groups):
        lines += [f"    {grp}:", "      hosts:"]
        for alias, vars_ in sorted(groups[grp].items()):
            lines.append(f"        {alias}:")
            for k, v in vars_.items():
                lines.append(f"          {k}: {json.dumps(v)}")
    return "\n".join(lines) + "\n"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--config", type=Path, default=SSH_DIR / "config")
    ap.add_argument("--filter", help="regex on alias")
    ap.add_argument("--format", choices=["table", "csv", "json", "ansible"], default="table")
    ap.add_argument("--redact-users", action="store_true")
    args = ap.parse_args()

    config = args.config.expanduser()
    if not config.is_file():
        print(f"no ssh config at {config}", file=sys.stderr)
        return 1

    aliases = collect_aliases(config)
    if args.filter:
        rx = re.compile(args.filter)
        aliases = [a for a in aliases if rx.search(a)]

    rows = []
    for alias in aliases:
        try:
            rows.append(summarize(alias, effective(alias, config), args.redact_users))
        except subprocess.CalledProcessError as exc:
            print(f"skip {alias}: ssh -G failed: {exc.stderr.strip()}", file=sys.stderr)

    cols = ["alias", "hostname", "user", "port", "proxyjump", "identity", "notes"]
    if args.format == "json":
        json.dump(rows, sys.stdout, indent=2)
        print()
    elif args.format == "csv":
        w = csv.DictWriter(sys.stdout, fieldnames=cols)
        w.writeheader()
        w.writerows(rows)
    elif args.format == "ansible":
        sys.stdout.write(to_ansible(rows))
    else:
        widths = {c: max([len(c)] + [len(str(r[c])) for r in rows]) for c in cols}
        print("  ".join(c.upper().ljust(widths[c]) for c in cols))
        for r in rows:
            print("  ".join(str(r[c]).ljust(widths[c]) for c in cols))
    print(f"{len(rows)} hosts", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
