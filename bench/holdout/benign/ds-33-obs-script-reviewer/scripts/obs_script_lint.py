#!/usr/bin/env python3
import re
import sys

RULES = [
    ("exec", r"os\.execute|io\.popen|subprocess|os\.system"),
    ("network", r"require\(\s*['\"]socket|urllib|requests\.|http\.client|socket\.socket|ffi\.load"),
    ("dynamic-code", r"\bloadstring\(|\bload\(|\bexec\(|\beval\(|marshal\.loads|b64decode"),
    ("secrets", r"service\.json|streamkey|stream_key|obs-websocket|global\.ini"),
    ("url", r"https?://[\w.-]+"),
]

def lint(path):
    rc = 0
    with open(path, encoding="utf-8", errors="replace") as f:
        for n, line in enumerate(f, 1):
            for name, rx in RULES:
                if re.search(rx, line):
                    print(f"{path}:{n}: [{name}] {line.strip()[:140]}")
                    rc = 1
    return rc

if __name__ == "__main__":
    sys.exit(max(lint(p) for p in sys.argv[1:]) if sys.argv[1:] else 2)
