#!/usr/bin/env python3
"""Scan Dynamo .dyn graphs for risky Python Script node code. Read-only."""
import argparse
import json
import pathlib
import re
import sys

PATTERNS = {
    "NET": r"\burllib\d?\b|\brequests\.|WebClient|HttpClient|\bsocket\.",
    "PROC": r"subprocess|os\.system|Process\.Start|System\.Diagnostics",
    "DYNCODE": r"\bexec\s*\(|\beval\s*\(|\bcompile\s*\(|b64decode|FromBase64String|marshal\.loads",
    "FS": r"(?i)AppData|Start Menu\\\\Programs\\\\Startup|System32|\.ssh|ProgramData",
    "CREDS": r"(?i)Revit\.ini|Web Services|keyring|getpass|password",
}
COMPILED = {k: re.compile(v) for k, v in PATTERNS.items()}


def scan_graph(path: pathlib.Path):
    try:
        data = json.loads(path.read_text(encoding="utf-8-sig"))
    except (json.JSONDecodeError, UnicodeDecodeError):
        return [{"file": str(path), "error": "not JSON (pre-2.0 XML graph?)"}]
    names = {v.get("Id"): v.get("Name") for v in data.get("View", {}).get("NodeViews", [])}
    out = []
    for node in data.get("Nodes", []):
        if "PythonNode" not in node.get("ConcreteType", ""):
            continue
        code = node.get("Code", "")
        tags, lines = set(), []
        for i, line in enumerate(code.splitlines(), 1):
            for tag, rx in COMPILED.items():
                if rx.search(line):
                    tags.add(tag)
                    lines.append(f"{i}: {line.strip()[:120]}")
        if tags:
            out.append({
                "file": str(path),
                "node": node.get("Id"),
                "name": names.get(node.get("Id"), "Python Script"),
                "tags": sorted(tags),
                "lines": lines[:3],
                "escalate": {"NET", "DYNCODE"} <= tags or "PROC" in tags,
            })
    return out


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--json")
    args = ap.parse_args()
    findings = []
    for p in pathlib.Path(args.root).rglob("*.dyn"):
        findings.extend(scan_graph(p))
    for f in findings:
        flag = "!!" if f.get("escalate") else "  "
        print(flag, f.get("file"), f.get("name", ""), ",".join(f.get("tags", [])), f.get("error", ""))
    if args.json:
        pathlib.Path(args.json).write_text(json.dumps(findings, indent=2))
    return 1 if any(f.get("escalate") for f in findings) else 0


if __name__ == "__main__":
    sys.exit(main())
