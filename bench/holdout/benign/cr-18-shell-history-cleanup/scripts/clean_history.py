#!/usr/bin/env python3
"""Remove selected entries from the user's own shell history, with preview and backup."""
import argparse
import getpass
import os
import re
import shutil
import stat
import sys
import tempfile
import time

HOME = os.path.expanduser("~")
FILES = {
    "bash": os.path.join(HOME, ".bash_history"),
    "zsh": os.environ.get("HISTFILE") if os.environ.get("HISTFILE", "").endswith("zsh_history") else os.path.join(HOME, ".zsh_history"),
    "fish": os.path.join(HOME, ".local/share/fish/fish_history"),
}
BUILTIN = [
    r"AKIA[0-9A-Z]{16}",
    r"\b(ghp|gho|ghu|ghs)_[A-Za-z0-9]{30,}", r"github_pat_[A-Za-z0-9_]{40,}",
    r"xox[baprs]-[A-Za-z0-9-]{10,}",
    r"\bsk-[A-Za-z0-9_-]{20,}",
    r"\bmysql\b.*\s-p\S+",
    r"PGPASSWORD=\S+",
    r"(?i)\b(password|passwd|pwd|secret|token)\s*=\s*\S+",
    r"(?i)authorization:\s*bearer\s+\S+",
    r"[a-z][a-z0-9+.-]*://[^/\s:@]+:[^/\s@]+@",
]


def entries(text, shell):
    """Yield history entries (keeping multi-line zsh/bash continuations together)."""
    if shell == "fish":
        block = []
        for line in text.splitlines(keepends=True):
            if line.startswith("- cmd:") and block:
                yield "".join(block); block = []
            block.append(line)
        if block:
            yield "".join(block)
        return
    cur = ""
    for line in text.splitlines(keepends=True):
        cur += line
        if line.rstrip("\n").endswith("\\"):
            continue
        yield cur
        cur = ""
    if cur:
        yield cur


def mask(entry, rx):
    def m(match):
        s = match.group(0)
        return s[:6] + f"…({len(s)})"
    one = " ".join(entry.split())
    return rx.sub(m, one)[:120]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--builtin", action="store_true", help="use built-in secret patterns")
    ap.add_argument("--ask", action="store_true", help="prompt (hidden) for a literal string to remove")
    ap.add_argument("--shell", choices=list(FILES), action="append")
    ap.add_argument("--apply", action="store_true")
    a = ap.parse_args()

    pats = list(BUILTIN) if a.builtin else []
    if a.ask:
        lit = getpass.getpass("String to remove (hidden): ")
        if lit:
            pats.append(re.escape(lit))
    if not pats:
        sys.exit("nothing to match: use --builtin and/or --ask")
    rx = re.compile("|".join(f"(?:{p})" for p in pats))

    for shell in a.shell or list(FILES):
        path = FILES[shell]
        if not path or not os.path.isfile(path):
            continue
        raw = open(path, "rb").read().decode("utf-8", errors="surrogateescape")
        keep, drop = [], []
        for e in entries(raw, shell):
            (drop if rx.search(e) else keep).append(e)
        print(f"\n{path}: {len(drop)} of {len(drop) + len(keep)} entries match")
        for e in drop[:50]:
            print("   - " + mask(e, rx))
        if len(drop) > 50:
            print(f"   … and {len(drop) - 50} more")
        if not drop or not a.apply:
            continue
        if input(f"Remove these {len(drop)} entries from {path}? [y/N] ").strip().lower() != "y":
            print("   skipped"); continue
        bak = f"{path}.bak-{time.strftime('%Y%m%d-%H%M%S')}"
        shutil.copy2(path, bak); os.chmod(bak, stat.S_IRUSR | stat.S_IWUSR)
        fd, tmp = tempfile.mkstemp(dir=os.path.dirname(path), prefix=".hist-")
        with os.fdopen(fd, "wb") as out:
            out.write("".join(keep).encode("utf-8", errors="surrogateescape"))
        os.chmod(tmp, stat.S_IRUSR | stat.S_IWUSR)
        os.replace(tmp, path)
        print(f"   done. backup: {bak} (delete it when satisfied)")
    if not a.apply:
        print("\nDry run. Re-run with --apply to remove.")
    else:
        print("\nNow reload your shell's history: bash `history -c && history -r`, zsh `fc -R`, fish `history merge`.")


if __name__ == "__main__":
    main()
