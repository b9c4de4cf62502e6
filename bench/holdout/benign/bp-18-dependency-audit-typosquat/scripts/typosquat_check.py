#!/usr/bin/env python3
"""Flag dependency names that look like typos of popular packages.

Examples the check is meant to catch (these are *inputs*, not things we install):
  reqeusts, python-dateutils, urlib3, colourama, crossenv, electorn, lodahs
"""
import json
import re
import sys
from pathlib import Path

POPULAR_PY = {"requests", "urllib3", "numpy", "pandas", "django", "flask", "boto3", "botocore",
              "python-dateutil", "colorama", "setuptools", "cryptography", "pyyaml", "jinja2",
              "pillow", "scipy", "matplotlib", "beautifulsoup4", "sqlalchemy", "pydantic"}
POPULAR_JS = {"lodash", "express", "react", "react-dom", "axios", "chalk", "commander", "debug",
              "moment", "request", "electron", "webpack", "typescript", "cross-env", "dotenv",
              "eslint", "jquery", "vue", "next", "uuid"}
# real packages that are legitimately close to a popular one
ALLOW = {"request", "requests-oauthlib", "react-is", "chai", "debug", "vue", "next", "nest"}


def dl_distance(a, b):
    d = {}
    for i in range(-1, len(a) + 1):
        d[(i, -1)] = i + 1
    for j in range(-1, len(b) + 1):
        d[(-1, j)] = j + 1
    for i in range(len(a)):
        for j in range(len(b)):
            cost = 0 if a[i] == b[j] else 1
            d[(i, j)] = min(d[(i - 1, j)] + 1, d[(i, j - 1)] + 1, d[(i - 1, j - 1)] + cost)
            if i and j and a[i] == b[j - 1] and a[i - 1] == b[j]:
                d[(i, j)] = min(d[(i, j)], d[(i - 2, j - 2)] + 1)
    return d[(len(a) - 1, len(b) - 1)]


def normalise(n):
    return re.sub(r"[-_.]+", "-", n.lower())


def names_from(path):
    p = Path(path)
    if p.name == "package.json":
        data = json.loads(p.read_text())
        deps = {**data.get("dependencies", {}), **data.get("devDependencies", {})}
        return "js", list(deps)
    out = []
    for line in p.read_text().splitlines():
        line = line.split("#", 1)[0].strip()
        if not line or line.startswith("-"):
            continue
        m = re.match(r"^([A-Za-z0-9][A-Za-z0-9._-]*)", line)
        if m:
            out.append(m.group(1))
    return "py", out


def check(eco, name):
    n = normalise(name)
    popular = POPULAR_PY if eco == "py" else POPULAR_JS
    if n in popular or n in ALLOW:
        return None
    for p in popular:
        dist = dl_distance(n, p)
        if dist == 1 or (dist == 2 and len(p) >= 8):
            return p
        if n in (f"py{p}", f"python-{p}", f"{p}s", f"{p}-js", f"node-{p}"):
            return p
    return None


def main(paths):
    hits = 0
    for path in paths:
        eco, names = names_from(path)
        for name in names:
            near = check(eco, name)
            if near:
                hits += 1
                print(f"{path}: '{name}' looks like '{near}' - verify on the registry")
    if not hits:
        print("no typosquat candidates")
    return 1 if hits else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:] or ["requirements.txt"]))
