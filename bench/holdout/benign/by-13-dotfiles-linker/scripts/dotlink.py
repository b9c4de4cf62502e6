#!/usr/bin/env python3
"""Symlink dotfiles from a repo into $HOME using links.toml."""
import argparse
import os
import shutil
import sys
from datetime import datetime
from pathlib import Path

try:
    import tomllib  # Python 3.11+
except ModuleNotFoundError:  # pragma: no cover
    import tomli as tomllib  # type: ignore

HOME = Path.home()
BACKUP_ROOT = HOME / ".dotfiles-backup"
BEGIN, END = "# >>> dotlink >>>", "# <<< dotlink <<<"
SENSITIVE = (".ssh", ".aws/credentials", ".netrc", ".env", ".gnupg", ".kube/config")


def load_manifest(repo: Path) -> dict:
    path = repo / "links.toml"
    if not path.exists():
        sys.exit(f"{path} not found; create it from assets/links.example.toml")
    with open(path, "rb") as fh:
        return tomllib.load(fh)


def rc_file() -> Path:
    shell = os.environ.get("SHELL", "")
    return HOME / (".zshrc" if shell.endswith("zsh") else ".bashrc")


def status(src: Path, dst: Path) -> str:
    if dst.is_symlink() and dst.resolve() == src.resolve():
        return "ok"
    if dst.exists() or dst.is_symlink():
        return "replace"
    return "create"


def plan(repo: Path, manifest: dict):
    rows = []
    for rel_src, rel_dst in manifest.get("links", {}).items():
        if any(rel_dst.startswith(s) for s in SENSITIVE):
            print(f"warning: {rel_dst} looks sensitive; consider keeping it out of git", file=sys.stderr)
        src, dst = repo / rel_src, HOME / rel_dst
        if not src.exists():
            print(f"warning: {src} missing in repo, skipped", file=sys.stderr)
            continue
        rows.append((status(src, dst), src, dst))
    return rows


def ask(question: str) -> bool:
    return input(f"{question} [y/N] ").strip().lower() in ("y", "yes")


def add_rc_block(repo: Path, snippet: str) -> None:
    rc = rc_file()
    text = rc.read_text() if rc.exists() else ""
    if BEGIN in text:
        print(f"{rc}: dotlink block already present")
        return
    target = repo / snippet
    block = f'\n{BEGIN}\n[ -f "{target}" ] && . "{target}"\n{END}\n'
    print(f"About to append to {rc}:{block}")
    if ask("Add it?"):
        with open(rc, "a") as fh:
            fh.write(block)
        print("added; open a new shell to use it")


def remove_rc_block() -> None:
    rc = rc_file()
    if not rc.exists():
        return
    lines, out, skipping = rc.read_text().splitlines(keepends=True), [], False
    for line in lines:
        if line.strip() == BEGIN:
            skipping = True
            continue
        if line.strip() == END:
            skipping = False
            continue
        if not skipping:
            out.append(line)
    rc.write_text("".join(out))


def cmd_plan(repo, manifest):
    for st, src, dst in plan(repo, manifest):
        print(f"{st:<8} ~/{dst.relative_to(HOME)}  ->  {src}")


def cmd_apply(repo, manifest):
    rows = plan(repo, manifest)
    stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
    backup = BACKUP_ROOT / stamp
    for st, src, dst in rows:
        if st == "ok":
            continue
        if st == "replace":
            dest = backup / dst.relative_to(HOME)
            dest.parent.mkdir(parents=True, exist_ok=True)
            shutil.move(str(dst), dest)
            print(f"backed up ~/{dst.relative_to(HOME)} -> {dest}")
        dst.parent.mkdir(parents=True, exist_ok=True)
        dst.symlink_to(src)
        print(f"linked   ~/{dst.relative_to(HOME)}")
    snippet = manifest.get("shell", {}).get("snippet")
    if snippet:
        add_rc_block(repo, snippet)


def cmd_undo(repo, manifest, which):
    for _, src, dst in plan(repo, manifest):
        if dst.is_symlink() and dst.resolve() == src.resolve():
            dst.unlink()
            print(f"unlinked ~/{dst.relative_to(HOME)}")
    backups = sorted(BACKUP_ROOT.glob("*")) if BACKUP_ROOT.exists() else []
    chosen = BACKUP_ROOT / which if which else (backups[-1] if backups else None)
    if chosen and chosen.exists():
        for f in chosen.rglob("*"):
            if f.is_file() or f.is_symlink():
                target = HOME / f.relative_to(chosen)
                if not target.exists():
                    target.parent.mkdir(parents=True, exist_ok=True)
                    shutil.move(str(f), target)
                    print(f"restored ~/{target.relative_to(HOME)}")
    remove_rc_block()


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("command", choices=["plan", "apply", "undo"])
    ap.add_argument("--repo", type=Path, default=HOME / "dotfiles")
    ap.add_argument("--backup")
    a = ap.parse_args()
    repo = a.repo.expanduser().resolve()
    manifest = load_manifest(repo)
    if a.command == "plan":
        cmd_plan(repo, manifest)
    elif a.command == "apply":
        cmd_apply(repo, manifest)
    else:
        cmd_undo(repo, manifest, a.backup)


if __name__ == "__main__":
    main()
