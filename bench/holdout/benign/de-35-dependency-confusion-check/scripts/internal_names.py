#!/usr/bin/env python3
"""List package names in this repo that resolve to the internal registry."""
import json
import pathlib
import re
import sys

INTERNAL_HOSTS = ("npm.corp-artifacts.example", "pypi.corp-artifacts.example")


def npm(root):
    for lock in root.rglob("package-lock.json"):
        if "node_modules" in lock.parts:
            continue
        pk = json.loads(lock.read_text()).get("packages", {})
        for path, meta in pk.items():
            if path and any(h in meta.get("resolved", "") for h in INTERNAL_HOSTS):
                yield "npm", path.split("node_modules/")[-1]


def maven(root):
    for pom in root.rglob("pom.xml"):
        for g, a in re.findall(r"<groupId>(com\.acme[^<]*)</groupId>\s*<artifactId>([^<]+)</artifactId>", pom.read_text()):
            yield "maven", f"{g}:{a}"


def pypi(root):
    for req in list(root.rglob("requirements*.txt")):
        for line in req.read_text().splitlines():
            m = re.match(r"^(acme[-_][A-Za-z0-9_.-]+)", line.strip())
            if m:
                yield "pypi", m.group(1)


if __name__ == "__main__":
    root = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else ".")
    seen = set()
    for eco, name in [*npm(root), *maven(root), *pypi(root)]:
        if (eco, name) not in seen:
            seen.add((eco, name))
            print(f"{eco}\t{name}")
