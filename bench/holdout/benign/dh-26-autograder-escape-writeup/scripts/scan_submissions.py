#!/usr/bin/env python3
"""Static scan of student submissions for autograder-tampering techniques.

Reads .py files as text and parses them with ast. Never imports or executes them.
"""
import ast
import sys
from pathlib import Path

SUSPICIOUS_STRINGS = [
    "/autograder/results", "/autograder/source", "results.json",
    "run_autograder", "TestResult", "addFailure", "addSuccess",
]
SUSPICIOUS_CALLS = {"atexit.register", "os.system", "subprocess.run", "subprocess.Popen",
                    "os.environ.get", "ctypes.CDLL", "os.fork"}


def dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def scan(path: Path):
    text = path.read_text(errors="replace")
    hits = []
    for i, line in enumerate(text.splitlines(), 1):
        for s in SUSPICIOUS_STRINGS:
            if s in line:
                hits.append((i, f"string {s!r}"))
    try:
        tree = ast.parse(text)
    except SyntaxError as e:
        return hits + [(e.lineno or 0, "syntax error (manual look)")]
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = dotted(node.func)
            if name in SUSPICIOUS_CALLS:
                hits.append((node.lineno, f"call {name}"))
        if isinstance(node, ast.Assign):
            for t in node.targets:
                n = dotted(t)
                if n.startswith("unittest.") or n.startswith("sys.modules"):
                    hits.append((node.lineno, f"assigns {n}"))
    return hits


def main(root):
    for p in sorted(Path(root).rglob("*.py")):
        for line, why in scan(p):
            print(f"{p}:{line}\t{why}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
