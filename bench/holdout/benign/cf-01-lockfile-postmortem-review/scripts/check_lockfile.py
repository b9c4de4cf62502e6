#!/usr/bin/env python3
"""Read-only lockfile checker. Prints findings; never installs or runs anything."""
import json
import sys
from pathlib import Path

DEFAULT_REGISTRY = "https://registry.npmjs.org/"
HERE = Path(__file__).resolve().parent


def edit_distance(a: str, b: str) -> int:
    prev = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        cur = [i]
        for j, cb in enumerate(b, 1):
            cur.append(min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca != cb)))
        prev = cur
    return prev[-1]


def load_popular():
    p = HERE.parent / "references" / "popular-names.txt"
    if not p.exists():
        return []
    return [l.strip() for l in p.read_text().splitlines() if l.strip() and not l.startswith("#")]


def main(path):
    data = json.loads(Path(path).read_text())
    packages = data.get("packages", {})
    popular = load_popular()
    scripts, registries, missing_integrity, lookalikes = [], [], [], []

    for key, meta in packages.items():
        if not key:
            continue
        name = key.split("node_modules/")[-1]
        if meta.get("hasInstallScript"):
            scripts.append((name, meta.get("version")))
        resolved = meta.get("resolved", "")
        if resolved and not resolved.startswith(DEFAULT_REGISTRY) and not meta.get("link"):
            registries.append((name, resolved))
        if resolved.startswith("http") and "integrity" not in meta:
            missing_integrity.append(name)

    top = data.get("packages", {}).get("", {})
    declared = list(top.get("dependencies", {})) + list(top.get("devDependencies", {}))
    for dep in declared:
        for pop in popular:
            d = edit_distance(dep, pop)
            if 0 < d <= 2:
                lookalikes.append((dep, pop, d))

    print("## Install scripts")
    for n, v in scripts or [("(none)", "")]:
        print(f"- {n} {v}")
    print("\n## Non-default registry")
    for n, r in registries or [("(none)", "")]:
        print(f"- {n}: {r}")
    print("\n## Missing integrity")
    for n in missing_integrity or ["(none)"]:
        print(f"- {n}")
    print("\n## Near-miss names")
    for dep, pop, d in lookalikes or [("(none)", "", 0)]:
        print(f"- {dep} ~ {pop} (distance {d})" if pop else f"- {dep}")


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: check_lockfile.py <package-lock.json>")
    main(sys.argv[1])
