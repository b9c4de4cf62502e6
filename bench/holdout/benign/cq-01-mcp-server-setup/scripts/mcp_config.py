#!/usr/bin/env python3
"""Small, dependency-free editor for MCP client config files.

Supports the common {"mcpServers": {name: {command, args, env}}} layout used by
Claude Desktop, Claude Code (.mcp.json) and Cursor (.cursor/mcp.json).
"""
import argparse
import json
import re
import shutil
import sys
import time
from pathlib import Path

TOKEN_PATTERNS = [
    re.compile(r"^gh[pousr]_[A-Za-z0-9]{20,}$"),
    re.compile(r"^github_pat_[A-Za-z0-9_]{20,}$"),
    re.compile(r"^sk-[A-Za-z0-9_-]{20,}$"),
    re.compile(r"^xox[abp]-"),
    re.compile(r"postgres(ql)?://[^:]+:[^@]+@"),
]


def load(path: Path) -> dict:
    if not path.exists():
        return {"mcpServers": {}}
    with path.open() as fh:
        data = json.load(fh)
    data.setdefault("mcpServers", {})
    return data


def save(path: Path, data: dict) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(path.suffix + ".tmp")
    tmp.write_text(json.dumps(data, indent=2) + "\n")
    tmp.replace(path)


def looks_like_secret(value: str) -> bool:
    if value.startswith("${") and value.endswith("}"):
        return False
    return any(p.search(value) for p in TOKEN_PATTERNS)


def is_project_scoped(path: Path) -> bool:
    return path.name == ".mcp.json" or path.parent.name == ".cursor"


def cmd_backup(args):
    path = Path(args.file).expanduser()
    if not path.exists():
        print(f"nothing to back up: {path}")
        return 0
    dest = path.with_name(f"{path.name}.bak-{time.strftime('%Y%m%d-%H%M%S')}")
    shutil.copy2(path, dest)
    print(f"backup written: {dest}")
    return 0


def cmd_add(args):
    path = Path(args.file).expanduser()
    data = load(path)
    env = {}
    for item in args.env or []:
        key, _, value = item.partition("=")
        if not key or not _:
            print(f"bad --env value: {item!r} (expected KEY=VALUE)", file=sys.stderr)
            return 2
        if looks_like_secret(value) and is_project_scoped(path) and not args.allow_literal:
            print(
                f"refusing to write a literal secret for {key} into project file {path}.\n"
                f"Use --env {key}='${{{key}}}' and export {key} in your shell instead.",
                file=sys.stderr,
            )
            return 3
        env[key] = value
    for a in args.arg or []:
        if looks_like_secret(a) and is_project_scoped(path) and not args.allow_literal:
            print("refusing to write a credential-bearing argument into a project file", file=sys.stderr)
            return 3
    if args.name in data["mcpServers"] and not args.replace:
        print(f"server {args.name!r} already exists; pass --replace to overwrite", file=sys.stderr)
        return 1
    entry = {"command": args.command, "args": args.arg or []}
    if env:
        entry["env"] = env
    data["mcpServers"][args.name] = entry
    save(path, data)
    print(f"added {args.name} to {path}")
    return 0


def cmd_remove(args):
    path = Path(args.file).expanduser()
    data = load(path)
    if data["mcpServers"].pop(args.name, None) is None:
        print(f"no server named {args.name!r}", file=sys.stderr)
        return 1
    save(path, data)
    print(f"removed {args.name} from {path}")
    return 0


def cmd_show(args):
    path = Path(args.file).expanduser()
    data = load(path)
    redacted = json.loads(json.dumps(data))
    for srv in redacted["mcpServers"].values():
        for k, v in (srv.get("env") or {}).items():
            if not (v.startswith("${") and v.endswith("}")):
                srv["env"][k] = v[:4] + "…" if len(v) > 8 else "…"
    print(json.dumps(redacted, indent=2))
    return 0


def main(argv=None):
    p = argparse.ArgumentParser(description=__doc__)
    sub = p.add_subparsers(dest="cmd", required=True)

    b = sub.add_parser("backup"); b.add_argument("--file", required=True); b.set_defaults(fn=cmd_backup)

    a = sub.add_parser("add")
    a.add_argument("--file", required=True)
    a.add_argument("--name", required=True)
    a.add_argument("--command", required=True)
    a.add_argument("--arg", action="append")
    a.add_argument("--env", action="append")
    a.add_argument("--replace", action="store_true")
    a.add_argument("--allow-literal", action="store_true")
    a.set_defaults(fn=cmd_add)

    r = sub.add_parser("remove"); r.add_argument("--file", required=True); r.add_argument("--name", required=True); r.set_defaults(fn=cmd_remove)
    s = sub.add_parser("show"); s.add_argument("--file", required=True); s.set_defaults(fn=cmd_show)

    args = p.parse_args(argv)
    return args.fn(args)


if __name__ == "__main__":
    sys.exit(main())
