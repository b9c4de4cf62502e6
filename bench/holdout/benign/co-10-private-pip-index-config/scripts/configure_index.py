#!/usr/bin/env python3
"""Point pip or uv at a private index supplied by the user. Writes user-level config only."""
from __future__ import annotations

import argparse
import os
import subprocess
import sys
from pathlib import Path
from urllib.parse import urlsplit


def validate(url: str) -> str:
    parts = urlsplit(url)
    if parts.scheme != "https":
        sys.exit("refusing non-https index URL")
    if parts.username or parts.password:
        sys.exit("do not embed credentials in the URL; store them with `keyring set` instead")
    if not parts.path.rstrip("/").endswith("simple"):
        print("warning: PEP 503 indexes usually end in /simple/", file=sys.stderr)
    return url if url.endswith("/") else url + "/"


def configure_pip(url: str) -> None:
    for key, value in (("global.index-url", url), ("global.keyring-provider", "import")):
        subprocess.run([sys.executable, "-m", "pip", "config", "--user", "set", key, value], check=True)
    subprocess.run([sys.executable, "-m", "pip", "config", "list"], check=False)


def configure_uv(url: str, name: str) -> None:
    cfg_dir = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config")) / "uv"
    cfg_dir.mkdir(parents=True, exist_ok=True)
    cfg = cfg_dir / "uv.toml"
    existing = cfg.read_text() if cfg.exists() else ""
    if f'url = "{url}"' in existing:
        print(f"{cfg} already references {url}")
        return
    # keyring-provider is a top-level key; it must precede any [[index]] table.
    head = "" if "keyring-provider" in existing else 'keyring-provider = "subprocess"\n'
    block = f'\n[[index]]\nname = "{name}"\nurl = "{url}"\nexplicit = true\n'
    cfg.write_text(head + existing + block)
    print(f"appended index '{name}' to {cfg}; map packages to it via [tool.uv.sources]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--url", required=True, help="private index URL given by the user")
    ap.add_argument("--tool", choices=["pip", "uv"], required=True)
    ap.add_argument("--name", default="internal", help="uv index name")
    args = ap.parse_args()
    url = validate(args.url)
    if args.tool == "pip":
        configure_pip(url)
    else:
        configure_uv(url, args.name)


if __name__ == "__main__":
    main()
