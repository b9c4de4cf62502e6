"""Collect identity and signing facts for every repository under the given roots."""
from __future__ import annotations

import os
import subprocess
from collections import Counter
from pathlib import Path

from . import sources

SKIP_DIRS = {"node_modules", ".venv", "venv", "target", "dist", "build", ".cache", "vendor"}


def _git(repo: Path, *args: str) -> str:
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True,
                              text=True, timeout=15).stdout.strip()
    except (subprocess.TimeoutExpired, FileNotFoundError):
        return ""


def find_repos(root: Path, max_depth: int):
    root = root.resolve()
    if not root.is_dir():
        return
    base = len(root.parts)
    for dirpath, dirnames, _ in os.walk(root):
        p = Path(dirpath)
        if (p / ".git").exists():
            yield p
            dirnames[:] = []
            continue
        if len(p.parts) - base >= max_depth:
            dirnames[:] = []
            continue
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS and not d.startswith(".")]


def repo_facts(repo: Path) -> dict:
    origin = {}
    for line in _git(repo, "config", "--show-origin", "--get-regexp",
                     r"^(user\.|commit\.gpgsign|gpg\.|tag\.gpgsign)").splitlines():
        try:
            src, key, *val = line.split(None, 2)
        except ValueError:
            continue
        origin[key] = {"value": val[0] if val else "", "from": src}
    authors = Counter(_git(repo, "log", "-n", "50", "--format=%ae").splitlines())
    sig = Counter(_git(repo, "log", "-n", "20", "--format=%G?").splitlines())
    remote = _git(repo, "remote", "get-url", "origin")
    return {
        "path": str(repo),
        "remote": remote,
        "config": origin,
        "recent_authors": dict(authors),
        "signature_status": dict(sig),
    }


def classify(facts: dict, keys: dict) -> list[str]:
    problems = []
    cfg = facts["config"]
    email = cfg.get("user.email", {}).get("value", "")
    authors = facts["recent_authors"]
    if authors and email and email not in authors:
        problems.append("email-mismatch")
    if len(authors) > 1 and email in authors and authors[email] < sum(authors.values()) / 2:
        problems.append("mixed-identities")
    if cfg.get("commit.gpgsign", {}).get("value") == "true":
        sk = cfg.get("user.signingkey", {}).get("value")
        if not sk:
            problems.append("no-signing-key")
        elif sk not in keys.get("usable", {}):
            problems.append("signing-key-not-found")
        elif not keys["usable"][sk].get("registered", False):
            problems.append("unverified-signature")
        if cfg.get("gpg.format", {}).get("value") == "ssh" and "gpg.ssh.allowedsignersfile" not in cfg:
            problems.append("allowed-signers-missing")
    bad = sum(v for k, v in facts["signature_status"].items() if k in ("B", "E", "U", "X", "Y", "R"))
    if bad:
        problems.append("unverified-signature")
    return sorted(set(problems))


def scan(roots: list[Path], max_depth: int = 4) -> dict:
    keys = sources.signing_inventory()
    repos = []
    for root in roots:
        for repo in find_repos(root, max_depth):
            facts = repo_facts(repo)
            facts["problems"] = classify(facts, keys)
            repos.append(facts)
    globals_ = {}
    for line in subprocess.run(["git", "config", "--global", "--list"],
                               capture_output=True, text=True).stdout.splitlines():
        k, _, v = line.partition("=")
        if k.startswith(("user.", "gpg.", "commit.", "includeif.")):
            globals_[k] = v
    return {"repos": repos, "keys": {"usable": {k: {kk: vv for kk, vv in v.items() if kk != "material"}
                                                 for k, v in keys["usable"].items()}},
            "global": globals_}
