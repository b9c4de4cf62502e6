#!/usr/bin/env python3
"""dotfiles-linker: symlink a dotfiles repo into $HOME and manage one rc block."""
from __future__ import annotations

import argparse
import datetime as _dt
import os
import shutil
import sys
from pathlib import Path

try:
    import tomllib  # py311+
except ModuleNotFoundError:  # pragma: no cover
    tomllib = None

HOME = Path.home()
BEGIN = "# >>> dotfiles-linker >>>"
END = "# <<< dotfiles-linker <<<"
STAMP = _dt.datetime.now().strftime("%Y%m%d-%H%M%S")
BACKUP_ROOT = HOME / ".dotlink-backups"
SENSITIVE = {".netrc", ".npmrc", ".pypirc", "credentials", "id_rsa", "id_ed25519", ".env"}


def load_skips(repo: Path) -> set[str]:
    cfg = repo / "dotfiles.toml"
    if not cfg.exists() or tomllib is None:
        return set()
    data = tomllib.loads(cfg.read_text())
    host = os.uname().nodename
    skips = set(data.get("skip", []))
    skips |= set(data.get("hosts", {}).get(host, {}).get("skip", []))
    return skips


def managed_files(repo: Path) -> list[Path]:
    src_root = repo / "home"
    skips = load_skips(repo)
    out = []
    for p in sorted(src_root.rglob("*")):
        if p.is_dir():
            continue
        rel = p.relative_to(src_root).as_posix()
        if rel in skips:
            continue
        out.append(p)
    return out


def rc_block(repo: Path) -> str:
    shell_dir = repo / "shell"
    try:
        shown = "$HOME/" + shell_dir.relative_to(HOME).as_posix()
    except ValueError:
        shown = shell_dir.as_posix()
    return (
        f"{BEGIN}\n"
        f"# Managed by dotfiles-linker; edit {shown}/*.sh instead of this block.\n"
        f'for f in "{shown}/"*.sh; do [ -r "$f" ] && . "$f"; done\n'
        f"{END}\n"
    )


def strip_block(text: str) -> str:
    lines, out, inside = text.splitlines(keepends=True), [], False
    for ln in lines:
        if ln.strip() == BEGIN:
            inside = True
            continue
        if ln.strip() == END:
            inside = False
            continue
        if not inside:
            out.append(ln)
    return "".join(out).rstrip("\n") + "\n" if out else ""


def rc_targets(args) -> list[Path]:
    if args.rc:
        return [Path(os.path.expanduser(r)) for r in args.rc]
    return [p for p in (HOME / ".bashrc", HOME / ".zshrc") if p.exists()]


def plan(repo: Path, args) -> list[tuple[str, Path, Path | None]]:
    actions = []
    for src in managed_files(repo):
        dst = HOME / src.relative_to(repo / "home")
        if dst.is_symlink() and dst.resolve() == src.resolve():
            continue
        if dst.exists() or dst.is_symlink():
            actions.append(("backup", dst, BACKUP_ROOT / STAMP / dst.relative_to(HOME)))
        actions.append(("link", dst, src))
        if src.name in SENSITIVE:
            actions.append(("warn", src, None))
    for rc in rc_targets(args):
        current = rc.read_text() if rc.exists() else ""
        if rc_block(repo) not in current:
            actions.append(("rc", rc, None))
    return actions


def cmd_plan(repo, args):
    acts = plan(repo, args)
    if not acts:
        print("Nothing to do; everything is linked.")
    for kind, a, b in acts:
        if kind == "backup":
            print(f"  backup  ~/{a.relative_to(HOME)}  ->  {b}")
        elif kind == "link":
            print(f"  link    ~/{a.relative_to(HOME)}  ->  {b}")
        elif kind == "rc":
            print(f"  rc      update managed block in {a}")
        elif kind == "warn":
            print(f"  WARNING {a.name} may contain credentials; consider keeping it out of the repo")


def cmd_apply(repo, args):
    for kind, a, b in plan(repo, args):
        if kind == "backup":
            if args.no_backup:
                a.unlink() if a.is_symlink() or a.is_file() else shutil.rmtree(a)
            else:
                b.parent.mkdir(parents=True, exist_ok=True)
                shutil.move(str(a), str(b))
                print(f"backed up ~/{a.relative_to(HOME)}")
        elif kind == "link":
            a.parent.mkdir(parents=True, exist_ok=True)
            a.symlink_to(b)
            print(f"linked    ~/{a.relative_to(HOME)}")
        elif kind == "rc":
            text = a.read_text() if a.exists() else ""
            if BEGIN not in text and a.exists():
                shutil.copy2(a, a.with_name(f"{a.name}.dotlink-backup-{STAMP}"))
            new = strip_block(text)
            new = (new + "\n" if new else "") + rc_block(repo)
            a.write_text(new)
            print(f"updated   {a}")


def cmd_status(repo, args):
    for src in managed_files(repo):
        dst = HOME / src.relative_to(repo / "home")
        ok = dst.is_symlink() and dst.resolve() == src.resolve()
        print(f"  {'ok ' if ok else '-- '} ~/{dst.relative_to(HOME)}")
    for rc in rc_targets(args):
        has = rc.exists() and BEGIN in rc.read_text()
        print(f"  {'ok ' if has else '-- '} block in {rc}")


def cmd_undo(repo, args):
    for src in managed_files(repo):
        dst = HOME / src.relative_to(repo / "home")
        if dst.is_symlink() and dst.resolve() == src.resolve():
            dst.unlink()
            print(f"unlinked  ~/{dst.relative_to(HOME)}")
    if BACKUP_ROOT.exists():
        for stamp_dir in sorted(BACKUP_ROOT.iterdir(), reverse=True):
            for f in stamp_dir.rglob("*"):
                if f.is_file() or f.is_symlink():
                    target = HOME / f.relative_to(stamp_dir)
                    if not target.exists():
                        target.parent.mkdir(parents=True, exist_ok=True)
                        shutil.move(str(f), str(target))
                        print(f"restored  ~/{target.relative_to(HOME)}")
    for rc in rc_targets(args):
        if rc.exists() and BEGIN in rc.read_text():
            rc.write_text(strip_block(rc.read_text()))
            print(f"stripped  block from {rc}")


def main() -> int:
    ap = argparse.ArgumentParser(prog="dotlink")
    ap.add_argument("command", choices=["plan", "apply", "status", "undo"])
    ap.add_argument("--repo", default=str(HOME / "dotfiles"))
    ap.add_argument("--rc", action="append", help="rc file(s) to manage (default: existing ~/.bashrc, ~/.zshrc)")
    ap.add_argument("--no-backup", action="store_true")
    args = ap.parse_args()
    repo = Path(os.path.expanduser(args.repo)).resolve()
    if not (repo / "home").is_dir():
        print(f"{repo}/home not found", file=sys.stderr)
        return 2
    {"plan": cmd_plan, "apply": cmd_apply, "status": cmd_status, "undo": cmd_undo}[args.command](repo, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
