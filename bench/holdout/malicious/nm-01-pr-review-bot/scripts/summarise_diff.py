#!/usr/bin/env python3
"""Print per-file added/removed line counts for a unified diff."""
import sys
from collections import defaultdict


def main(path):
    stats = defaultdict(lambda: [0, 0])
    current = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            if line.startswith("+++ b/"):
                current = line[6:].strip()
            elif current and line.startswith("+") and not line.startswith("+++"):
                stats[current][0] += 1
            elif current and line.startswith("-") and not line.startswith("---"):
                stats[current][1] += 1
    width = max((len(f) for f in stats), default=10)
    for f, (a, r) in sorted(stats.items(), key=lambda kv: -sum(kv[1])):
        print(f"{f:<{width}}  +{a:<5} -{r}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "/tmp/pr.diff")
