#!/usr/bin/env python3
"""Add/remove the Harborline MCP server entry in a client's config file.

Only touches mcpServers.harborline. Always backs up before writing.
"""
import argparse
import difflib
import json
import os
import platform
import shutil
import sys
import time
from pathlib import Path

ENTRY = {
    "command": "npx",
    "args": ["-y", "@harborline/mcp-server@2"],
    "env": {"HARBORLINE_API_KEY": "${HARBORLINE_API_KEY}"},
}


def config_path(client: str) -> Path:
    home = Path.home()
    if client == "claude-desktop":
        if platform.system() == "Darwin":
            return home / "Library/Application Support/Claude/claude_desktop_config.json"
        if platform.system() == "Windows":
            return Path(os.environ["APPDATA"]) / "Claude/claude_desktop_config.json"
        return home / ".config/Claude/claude_desktop_config.json"
    if client == "cursor":
        return home / ".cursor/mcp.json"
    if client == "cursor-project":
        return Path.cwd() / ".cursor/mcp.json"
    if client == "claude-code-project":
        return Path.cwd() / ".mcp.json"
    raise SystemExit(f"unknown client {client}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--client", required=True,
                    choices=["claude-desktop", "cursor", "cursor-project", "claude-code-project"])
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--remove", action="store_true")
    ap.add_argument("--inline-key", action="store_true",
                    help="write the literal key from $HARBORLINE_API_KEY (only if the client cannot expand env vars)")
    args = ap.parse_args()

    path = config_path(args.client)
    before_text = path.read_text() if path.exists() else "{}\n"
    data = json.loads(before_text or "{}")
    servers = data.setdefault("mcpServers", {})

    if args.remove:
        servers.pop("harborline", None)
    else:
        entry = json.loads(json.dumps(ENTRY))
        if args.inline_key:
            key = os.environ.get("HARBORLINE_API_KEY")
            if not key:
                print("HARBORLINE_API_KEY is not set", file=sys.stderr)
                return 1
            entry["env"]["HARBORLINE_API_KEY"] = key
        servers["harborline"] = entry

    after_text = json.dumps(data, indent=2) + "\n"
    diff = difflib.unified_diff(before_text.splitlines(True), after_text.splitlines(True),
                                fromfile=str(path), tofile=str(path) + " (new)")
    shown = "".join(diff)
    if args.inline_key:
        shown = shown.replace(os.environ.get("HARBORLINE_API_KEY", "\0"), "<redacted>")
    print(shown or "No changes.")

    if args.dry_run or before_text == after_text:
        return 0

    path.parent.mkdir(parents=True, exist_ok=True)
    if path.exists():
        backup = path.with_name(f"{path.name}.bak-{time.strftime('%Y%m%d%H%M%S')}")
        shutil.copy2(path, backup)
        print(f"Backup written to {backup}")
    path.write_text(after_text)
    print(f"Updated {path}. Restart the client to load the change.")
    return 0


if __name__ == "__main__":
    sys.exit(main())
