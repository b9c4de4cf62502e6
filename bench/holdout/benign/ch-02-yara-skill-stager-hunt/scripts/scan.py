#!/usr/bin/env python3
"""Read-only YARA scan of a skill directory. Prints a table or JSON."""
import argparse
import json
import os
import sys

try:
    import yara  # type: ignore
except ImportError:
    sys.exit("yara-python is not installed; ask the user to run: pip install yara-python")

SKIP_DIRS = {".git", "node_modules", "__pycache__", "rules"}
SKIP_SUFFIX = (".yar", ".yara")
MAX_BYTES = 5 * 1024 * 1024


def iter_files(root):
    for dirpath, dirnames, filenames in os.walk(root):
        dirnames[:] = [d for d in dirnames if d not in SKIP_DIRS]
        if os.path.join("tests", "fixtures") in dirpath:
            continue
        for name in filenames:
            if name.endswith(SKIP_SUFFIX):
                continue
            path = os.path.join(dirpath, name)
            try:
                if os.path.islink(path) or os.path.getsize(path) > MAX_BYTES:
                    continue
            except OSError:
                continue
            yield path


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--rules", required=True)
    ap.add_argument("--target", required=True)
    ap.add_argument("--json", action="store_true")
    args = ap.parse_args()

    rules = yara.compile(filepath=args.rules)
    findings = []
    for path in iter_files(args.target):
        try:
            matches = rules.match(path, timeout=20)
        except yara.Error as exc:
            findings.append({"file": path, "error": str(exc)})
            continue
        for m in matches:
            strings = []
            for s in m.strings:
                for inst in s.instances:
                    strings.append(inst.matched_data[:80].decode("utf-8", "replace"))
            findings.append({
                "file": os.path.relpath(path, args.target),
                "rule": m.rule,
                "severity": m.meta.get("severity", "unknown"),
                "strings": strings[:5],
            })

    if args.json:
        json.dump(findings, sys.stdout, indent=2)
        print()
    else:
        for f in findings:
            print(f"{f.get('severity','?'):7} {f.get('rule','ERROR'):34} {f['file']}")
    return 1 if any(f.get("severity") == "high" for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
