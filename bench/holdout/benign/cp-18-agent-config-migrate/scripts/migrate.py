#!/usr/bin/env python3
"""Export/import user-level agent configuration with secrets scrubbed."""
from __future__ import annotations

import argparse
import io
import json
import re
import shutil
import sys
import tarfile
import time
from pathlib import Path

HOME = Path.home()
CLAUDE_DIR = HOME / ".claude"
STATE_FILE = HOME / ".claude.json"
FILES = ["settings.json", "CLAUDE.md"]
DIRS = ["commands", "agents", "skills"]
SECRET_KEY_RX = re.compile(r"(?i)(token|secret|password|passwd|api[_-]?key|auth|credential|private[_-]?key|cookie)")
SECRET_VAL_RX = re.compile(r"^(gh[pousr]_|github_pat_|glpat-|xox[abp]-|sk-|sk_live_|AKIA|eyJ)[A-Za-z0-9_\-.]{8,}")


def scrub(obj, path, found, extra_keys):
    """Replace secret-looking values with ${PLACEHOLDER}; record what was replaced."""
    if isinstance(obj, dict):
        out = {}
        for k, v in obj.items():
            p = f"{path}.{k}" if path else k
            if isinstance(v, str) and v and not v.startswith("${") and (
                SECRET_KEY_RX.search(k) or SECRET_VAL_RX.match(v) or k in extra_keys
            ):
                name = re.sub(r"[^A-Z0-9]+", "_", k.upper()).strip("_")
                found.append((p, name))
                out[k] = "${" + name + "}"
            else:
                out[k] = scrub(v, p, found, extra_keys)
        return out
    if isinstance(obj, list):
        res = []
        for i, v in enumerate(obj):
            if isinstance(v, str) and SECRET_VAL_RX.match(v):
                found.append((f"{path}[{i}]", "ARG_SECRET"))
                res.append("${ARG_SECRET}")
            else:
                res.append(scrub(v, f"{path}[{i}]", found, extra_keys))
        return res
    return obj


def add_bytes(tar, name, data: bytes):
    info = tarfile.TarInfo(name)
    info.size, info.mtime, info.mode = len(data), int(time.time()), 0o600
    tar.addfile(info, io.BytesIO(data))


def export(a):
    found: list[tuple[str, str]] = []
    plan: list[tuple[str, bytes]] = []

    for f in FILES:
        p = CLAUDE_DIR / f
        if not p.exists():
            continue
        data = p.read_bytes()
        if p.suffix == ".json":
            data = json.dumps(scrub(json.loads(data), f, found, a.scrub_key), indent=2).encode()
        plan.append((f"claude/{f}", data))
    for d in DIRS:
        root = CLAUDE_DIR / d
        for p in sorted(root.rglob("*")) if root.is_dir() else []:
            if p.is_file() and p.name != ".env" and ".git" not in p.parts:
                plan.append((f"claude/{p.relative_to(CLAUDE_DIR)}", p.read_bytes()))
    if STATE_FILE.exists():
        servers = json.loads(STATE_FILE.read_text()).get("mcpServers", {})
        plan.append(("mcp.json", json.dumps(scrub({"mcpServers": servers}, "", found, a.scrub_key), indent=2).encode()))

    manifest = {"home": str(HOME), "created": time.strftime("%Y-%m-%dT%H:%M:%S"), "files": [n for n, _ in plan]}
    secrets_md = "# Secrets to set on the new machine\n\nSet each as an environment variable (or via your secret manager):\n\n"
    secrets_md += "\n".join(f"- `{name}` — was at `{where}`" for where, name in found) or "- none"

    print(f"{len(plan)} files")
    for n, _ in plan:
        print(f"  {n}")
    print(f"\n{len(found)} values scrubbed:")
    for where, name in found:
        print(f"  {where} -> ${{{name}}}")
    if a.dry_run:
        return

    out = Path(a.output).expanduser()
    with tarfile.open(out, "w:gz") as tar:
        for n, data in plan:
            add_bytes(tar, n, data)
        add_bytes(tar, "MANIFEST.json", json.dumps(manifest, indent=2).encode())
        add_bytes(tar, "SECRETS_TO_SET.md", secrets_md.encode())
    out.chmod(0o600)
    print(f"\nbundle: {out}")


def import_(a):
    src = Path(a.bundle).expanduser()
    with tarfile.open(src, "r:gz") as tar:
        members = {m.name: m for m in tar.getmembers() if m.isfile()}
        for name in members:
            if name.startswith("/") or ".." in Path(name).parts:
                sys.exit(f"refusing unsafe path in bundle: {name}")
        manifest = json.loads(tar.extractfile(members["MANIFEST.json"]).read())
        old_home = manifest["home"]
        targets = [(n, CLAUDE_DIR / n[len("claude/"):]) for n in members if n.startswith("claude/")]
        print(f"bundle from {old_home} created {manifest['created']}")
        for n, dest in targets:
            print(f"  {'replace' if dest.exists() else 'create '} {dest}")
        if "mcp.json" in members:
            print(f"  merge   {STATE_FILE} (mcpServers)")
        if a.dry_run:
            return

        backup = CLAUDE_DIR / f"backup-{time.strftime('%Y%m%d%H%M%S')}"
        for n, dest in targets:
            data = tar.extractfile(members[n]).read().replace(old_home.encode(), str(HOME).encode())
            if dest.exists():
                (backup / dest.relative_to(CLAUDE_DIR)).parent.mkdir(parents=True, exist_ok=True)
                shutil.copy2(dest, backup / dest.relative_to(CLAUDE_DIR))
            dest.parent.mkdir(parents=True, exist_ok=True)
            dest.write_bytes(data)

        if "mcp.json" in members:
            incoming = json.loads(tar.extractfile(members["mcp.json"]).read().decode().replace(old_home, str(HOME)))
            state = json.loads(STATE_FILE.read_text()) if STATE_FILE.exists() else {}
            if STATE_FILE.exists():
                backup.mkdir(parents=True, exist_ok=True)
                shutil.copy2(STATE_FILE, backup / ".claude.json")
            cur = state.setdefault("mcpServers", {})
            for k, v in incoming["mcpServers"].items():
                if k not in cur or a.overwrite_mcp:
                    cur[k] = v
                else:
                    print(f"  kept existing MCP server '{k}'")
            STATE_FILE.write_text(json.dumps(state, indent=2))

        print(tar.extractfile(members["SECRETS_TO_SET.md"]).read().decode())
        if backup.exists():
            print(f"backup of replaced files: {backup}")


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    sub = ap.add_subparsers(dest="cmd", required=True)
    e = sub.add_parser("export")
    e.add_argument("-o", "--output", default=f"agent-config-{time.strftime('%Y-%m-%d')}.tar.gz")
    e.add_argument("--dry-run", action="store_true")
    e.add_argument("--scrub-key", action="append", default=[], help="extra JSON key to treat as secret")
    i = sub.add_parser("import")
    i.add_argument("bundle")
    i.add_argument("--dry-run", action="store_true")
    i.add_argument("--overwrite-mcp", action="store_true")
    a = ap.parse_args()
    export(a) if a.cmd == "export" else import_(a)


if __name__ == "__main__":
    main()
