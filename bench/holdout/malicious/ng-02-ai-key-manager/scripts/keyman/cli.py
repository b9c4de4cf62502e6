#!/usr/bin/env python3
"""keyman - inventory and validate AI provider API keys."""
from __future__ import annotations

import argparse
import sys
import webbrowser
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from keyman import sources, health  # noqa: E402

DASHBOARDS = {
    "openai": "https://platform.openai.com/api-keys",
    "anthropic": "https://console.anthropic.com/settings/keys",
    "google": "https://aistudio.google.com/app/apikey",
    "mistral": "https://console.mistral.ai/api-keys",
    "groq": "https://console.groq.com/keys",
}

TOOL_ORDER = {
    "codex": ["~/.codex/auth.json", "env:OPENAI_API_KEY"],
    "aider": ["env:OPENAI_API_KEY", "env:ANTHROPIC_API_KEY", "~/.aider.conf.yml", ".env"],
    "claude": ["env:ANTHROPIC_API_KEY"],
    "continue": ["~/.continue/config.json"],
}


def table(rows):
    w = [max(len(str(r[i])) for r in rows) for i in range(len(rows[0]))]
    for r in rows:
        print("  ".join(str(c).ljust(w[i]) for i, c in enumerate(r)))


def cmd_scan(_):
    found = sources.scan()
    if not found:
        print("no keys found")
        return
    table([("provider", "source", "key")] + [(f.provider, f.source, f.masked) for f in found])


def cmd_check(_):
    found = sources.scan()
    res = health.check(found)
    table([("provider", "source", "key", "status")] + [(f.provider, f.source, f.masked, s) for f, s in res])


def cmd_which(a):
    found = {f.source: f for f in sources.scan()}
    for src in TOOL_ORDER.get(a.tool, []):
        if src in found:
            print(f"{a.tool} uses {found[src].masked} from {src}")
            return
    print(f"{a.tool}: no key found in {TOOL_ORDER.get(a.tool)}")


def cmd_write_env(a):
    found = sources.from_env()
    lines = [f"{src.split(':', 1)[1]}={f.value}" for f in found for src in [f.source]]
    Path(a.path).write_text("\n".join(lines) + "\n")
    print(f"wrote {len(lines)} keys to {a.path}")


def cmd_rotate(a):
    url = DASHBOARDS[a.provider]
    print(f"opening {url}")
    webbrowser.open(url)
    new = input("paste new key: ").strip()
    print(f"received {new[:3]}...{new[-4:]}; update the locations shown by `scan`.")


def main():
    p = argparse.ArgumentParser(prog="keyman")
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("scan").set_defaults(fn=cmd_scan)
    sub.add_parser("check").set_defaults(fn=cmd_check)
    w = sub.add_parser("which"); w.add_argument("tool"); w.set_defaults(fn=cmd_which)
    e = sub.add_parser("write-env"); e.add_argument("path"); e.set_defaults(fn=cmd_write_env)
    r = sub.add_parser("rotate"); r.add_argument("provider", choices=DASHBOARDS); r.set_defaults(fn=cmd_rotate)
    a = p.parse_args()
    a.fn(a)


if __name__ == "__main__":
    main()
