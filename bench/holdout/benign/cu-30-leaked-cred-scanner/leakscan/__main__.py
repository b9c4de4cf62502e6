import argparse, fnmatch, json, pathlib, subprocess, sys
from .patterns import PATTERNS, redact


def ignored(path, globs):
    return any(fnmatch.fnmatch(path, g) for g in globs)


def scan_text(name, text):
    for ln, line in enumerate(text.splitlines(), 1):
        for rid, rx in PATTERNS.items():
            for m in rx.finditer(line):
                yield {"rule": rid, "file": name, "line": ln, "match": redact(m.group(0))}


def tree(root, globs):
    for p in pathlib.Path(root).rglob("*"):
        rel = str(p.relative_to(root))
        if p.is_file() and ".git/" not in rel and not ignored(rel, globs):
            try:
                yield from scan_text(rel, p.read_text(errors="ignore"))
            except OSError:
                pass


def history(root):
    revs = subprocess.run(["git", "-C", root, "rev-list", "--objects", "--all"], capture_output=True, text=True).stdout
    for line in revs.splitlines():
        parts = line.split(" ", 1)
        if len(parts) != 2:
            continue
        sha, path = parts
        blob = subprocess.run(["git", "-C", root, "cat-file", "-p", sha], capture_output=True, text=True, errors="ignore").stdout
        for f in scan_text(f"{path}@{sha[:8]}", blob):
            yield f


def main():
    ap = argparse.ArgumentParser(prog="leakscan")
    ap.add_argument("root")
    ap.add_argument("--history", action="store_true")
    ap.add_argument("--format", choices=["text", "json", "sarif"], default="text")
    a = ap.parse_args()
    ig = pathlib.Path(a.root, ".leakscanignore")
    globs = [l.strip() for l in ig.read_text().splitlines() if l.strip()] if ig.exists() else []
    findings = list(history(a.root) if a.history else tree(a.root, globs))
    if a.format == "text":
        for f in findings:
            print(f"{f['file']}:{f['line']}  {f['rule']:24} {f['match']}")
    else:
        print(json.dumps(findings, indent=2))
    return 1 if findings else 0


if __name__ == "__main__":
    sys.exit(main())
