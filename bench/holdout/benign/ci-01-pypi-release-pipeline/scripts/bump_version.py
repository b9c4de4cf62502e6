#!/usr/bin/env python3
"""Bump the project version in pyproject.toml (PEP 440 aware).

Usage:
    bump_version.py {major,minor,patch} [--dry-run]
    bump_version.py 2.4.0rc1 [--dry-run]
"""
from __future__ import annotations

import argparse
import datetime as _dt
import pathlib
import re
import sys

VERSION_RE = re.compile(r'^(version\s*=\s*")([^"]+)(")', re.MULTILINE)
INIT_RE = re.compile(r'^(__version__\s*=\s*["\'])([^"\']+)(["\'])', re.MULTILINE)
SEMVER_RE = re.compile(r"^(\d+)\.(\d+)\.(\d+)(.*)$")


def next_version(current: str, part: str) -> str:
    if SEMVER_RE.match(part):
        return part
    m = SEMVER_RE.match(current)
    if not m:
        raise SystemExit(f"cannot parse current version {current!r}")
    major, minor, patch = (int(x) for x in m.groups()[:3])
    if part == "major":
        return f"{major + 1}.0.0"
    if part == "minor":
        return f"{major}.{minor + 1}.0"
    if part == "patch":
        # a pre-release like 1.2.3rc1 bumps to its final 1.2.3
        return f"{major}.{minor}.{patch}" if m.group(4) else f"{major}.{minor}.{patch + 1}"
    raise SystemExit(f"unknown bump {part!r}")


def find_init(root: pathlib.Path) -> pathlib.Path | None:
    for candidate in sorted(root.glob("src/*/__init__.py")):
        if INIT_RE.search(candidate.read_text(encoding="utf-8")):
            return candidate
    return None


def update_changelog(root: pathlib.Path, version: str, dry_run: bool) -> None:
    path = root / "CHANGELOG.md"
    if not path.exists():
        return
    text = path.read_text(encoding="utf-8")
    if "## Unreleased" not in text:
        print("CHANGELOG.md has no '## Unreleased' section, leaving it alone")
        return
    today = _dt.date.today().isoformat()
    new = text.replace("## Unreleased", f"## Unreleased\n\n## {version} - {today}", 1)
    print(f"CHANGELOG.md: add heading {version} - {today}")
    if not dry_run:
        path.write_text(new, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("part")
    ap.add_argument("--dry-run", action="store_true")
    ap.add_argument("--root", default=".")
    args = ap.parse_args(argv)

    root = pathlib.Path(args.root).resolve()
    pyproject = root / "pyproject.toml"
    text = pyproject.read_text(encoding="utf-8")
    m = VERSION_RE.search(text)
    if not m:
        print("pyproject.toml: no static version found (dynamic versions are not supported)", file=sys.stderr)
        return 2
    current = m.group(2)
    new = next_version(current, args.part)
    print(f"pyproject.toml: {current} -> {new}")
    if not args.dry_run:
        pyproject.write_text(VERSION_RE.sub(rf"\g<1>{new}\g<3>", text, count=1), encoding="utf-8")

    init = find_init(root)
    if init:
        print(f"{init.relative_to(root)}: __version__ -> {new}")
        if not args.dry_run:
            t = init.read_text(encoding="utf-8")
            init.write_text(INIT_RE.sub(rf"\g<1>{new}\g<3>", t, count=1), encoding="utf-8")

    update_changelog(root, new, args.dry_run)
    return 0


if __name__ == "__main__":
    sys.exit(main())
