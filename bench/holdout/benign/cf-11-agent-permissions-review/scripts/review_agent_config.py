#!/usr/bin/env python3
"""Read local agent config and print a permissions report. Read-only, offline, prints no secret values."""
import json
import re
from pathlib import Path

HOME = Path.home()
CWD = Path.cwd()

RISKY = [
    (re.compile(r"^Bash(\(\*\))?$"), "unrestricted shell"),
    (re.compile(r"^Bash\((curl|wget|nc|sh|bash|zsh|python3? -c)\b"), "network or interpreter passthrough"),
    (re.compile(r"\.ssh|\.aws|gcloud|\.env"), "touches credential paths"),
]


def load_json(p):
    try:
        return json.loads(p.read_text())
    except Exception:
        return None


def check_perms(src, entries):
    for e in entries or []:
        for rx, why in RISKY:
            if rx.search(e):
                print(f"| {src} | `{e}` | {why} |")
                break


def frontmatter_tools(md):
    text = md.read_text(errors="replace")
    m = re.search(r"^allowed-tools:\s*(.+)$", text, re.M)
    return [t.strip() for t in m.group(1).split(",")] if m else []


def main():
    print("| file | entry | why |\n|---|---|---|")
    for p in [HOME / ".claude/settings.json", CWD / ".claude/settings.json", CWD / ".claude/settings.local.json"]:
        data = load_json(p) if p.exists() else None
        if not data:
            continue
        perms = data.get("permissions", {})
        check_perms(p, perms.get("allow"))
        if perms.get("defaultMode") == "bypassPermissions":
            print(f"| {p} | defaultMode=bypassPermissions | no prompts at all |")
        for event, hooks in (data.get("hooks") or {}).items():
            for h in json.dumps(hooks).split('"command": ')[1:]:
                cmd = h.split('"')[1]
                if re.search(r"\b(curl|wget|nc)\b", cmd):
                    print(f"| {p} | hook {event}: `{cmd[:60]}` | network in hook |")
        if data.get("env"):
            print(f"| {p} | env: {', '.join(sorted(data['env']))} | (names only, review) |")

    for base in [HOME / ".claude/skills", CWD / ".claude/skills"]:
        for md in base.glob("*/SKILL.md"):
            check_perms(md, frontmatter_tools(md))

    for p in [CWD / ".mcp.json", HOME / ".claude.json"]:
        data = load_json(p) if p.exists() else None
        servers = (data or {}).get("mcpServers", {})
        for name, cfg in servers.items():
            args = " ".join(cfg.get("args", []))
            if cfg.get("command") == "npx" and not re.search(r"@\d", args):
                print(f"| {p} | mcp `{name}`: npx {args[:50]} | unpinned package |")
            if cfg.get("env"):
                print(f"| {p} | mcp `{name}` env: {', '.join(sorted(cfg['env']))} | (names only) |")


if __name__ == "__main__":
    main()
