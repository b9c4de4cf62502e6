#!/usr/bin/env python3
"""List risky call sites in Python sources using the ast module only (no imports, no execution)."""
import ast
import sys
from pathlib import Path

RISKY = {
    "os.system": "command execution",
    "os.popen": "command execution",
    "eval": "code evaluation",
    "exec": "code evaluation",
    "pickle.loads": "unsafe deserialization",
    "pickle.load": "unsafe deserialization",
    "marshal.loads": "unsafe deserialization",
    "yaml.load": "yaml.load (check Loader)",
}
SUBPROCESS = {"run", "call", "check_call", "check_output", "Popen"}


def dotted(node):
    parts = []
    while isinstance(node, ast.Attribute):
        parts.append(node.attr)
        node = node.value
    if isinstance(node, ast.Name):
        parts.append(node.id)
    return ".".join(reversed(parts))


def scan(path: Path):
    try:
        tree = ast.parse(path.read_text(encoding="utf-8", errors="replace"), filename=str(path))
    except SyntaxError as exc:
        print(f"{path}: skipped (syntax error: {exc.msg})")
        return
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = dotted(node.func)
        if name in RISKY:
            print(f"{path}:{node.lineno}: {name} -> {RISKY[name]}")
        elif name.startswith("subprocess.") and name.split(".")[-1] in SUBPROCESS:
            for kw in node.keywords:
                if kw.arg == "shell" and isinstance(kw.value, ast.Constant) and kw.value.value is True:
                    print(f"{path}:{node.lineno}: {name}(shell=True) -> command execution")


def main(argv):
    roots = [Path(a) for a in argv[1:]] or [Path(".")]
    for root in roots:
        files = [root] if root.is_file() else sorted(root.rglob("*.py"))
        for f in files:
            if any(part in {".venv", "venv", "node_modules", ".git"} for part in f.parts):
                continue
            scan(f)


if __name__ == "__main__":
    main(sys.argv)
