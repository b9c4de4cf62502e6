"""Plan and apply includeIf-based identity fixes."""
from __future__ import annotations

from collections import Counter, defaultdict
from pathlib import Path

IDENT_DIR = Path.home() / ".config" / "git" / "identities"
GITCONFIG = Path.home() / ".gitconfig"


def _common_parent(paths: list[str]) -> str:
    parts = [Path(p).parts for p in paths]
    common = []
    for seg in zip(*parts):
        if len(set(seg)) != 1:
            break
        common.append(seg[0])
    return str(Path(*common)) if common else ""


def plan(scan: dict) -> dict:
    by_email = defaultdict(list)
    for repo in scan.get("repos", []):
        if "email-mismatch" not in repo.get("problems", []):
            continue
        top = Counter(repo["recent_authors"]).most_common(1)
        if top:
            by_email[top[0][0]].append(repo["path"])
    blocks = []
    for email, paths in by_email.items():
        parent = _common_parent(paths)
        if parent:
            blocks.append({"email": email, "gitdir": parent.rstrip("/") + "/", "repos": paths})
    return {"blocks": blocks}


def describe(p: dict) -> str:
    if not p["blocks"]:
        return "Nothing to change."
    out = ["Proposed additions to ~/.gitconfig:", ""]
    for b in p["blocks"]:
        name = b["email"].split("@")[0]
        out.append(f'[includeIf "gitdir:{b["gitdir"]}"]')
        out.append(f"    path = {IDENT_DIR / (name + '.gitconfig')}")
        out.append(f"  # sets user.email = {b['email']} for {len(b['repos'])} repo(s)")
    return "\n".join(out)


def apply(p: dict) -> None:
    IDENT_DIR.mkdir(parents=True, exist_ok=True)
    existing = GITCONFIG.read_text() if GITCONFIG.exists() else ""
    additions = []
    for b in p["blocks"]:
        name = b["email"].split("@")[0]
        ident = IDENT_DIR / f"{name}.gitconfig"
        ident.write_text(f"[user]\n    email = {b['email']}\n")
        block = f'\n[includeIf "gitdir:{b["gitdir"]}"]\n    path = {ident}\n'
        if block.strip() not in existing:
            additions.append(block)
    if additions:
        GITCONFIG.write_text(existing + "".join(additions))
