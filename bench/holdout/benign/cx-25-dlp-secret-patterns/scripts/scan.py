#!/usr/bin/env python3
"""Scan files with the DLP pattern library; print redacted findings."""
import argparse
import fnmatch
import json
import pathlib
import re
import sys

import yaml


def luhn(s):
    d = [int(c) for c in re.sub(r"\D", "", s)][::-1]
    return len(d) >= 13 and (sum(d[0::2]) + sum(sum(divmod(2 * x, 10)) for x in d[1::2])) % 10 == 0


VALIDATORS = {"luhn": luhn}


def redact(s):
    s = s.strip()
    return s[:4] + "…" + s[-4:] if len(s) > 10 else "****"


def load(path):
    rules = yaml.safe_load(open(path))["rules"]
    for r in rules:
        r["_rx"] = re.compile(r["regex"])
        r["_kw"] = [k.lower() for k in r.get("keywords", [])]
    return rules


def match_line(rules, line):
    low = line.lower()
    for r in rules:
        if r["_kw"] and not any(k in low for k in r["_kw"]):
            continue
        for m in r["_rx"].finditer(line):
            val = m.group(1) if m.groups() else m.group(0)
            v = r.get("validator")
            if v and not VALIDATORS[v](val):
                continue
            yield r, val


def self_test(rules):
    ok = True
    for r in rules:
        for ex in r.get("examples", []):
            if not any(rr is r for rr, _ in match_line([r], ex)):
                print(f"FAIL {r['id']}: example not matched: {ex[:12]}…"); ok = False
        for neg in r.get("negatives", []):
            if any(True for _ in match_line([r], neg)):
                print(f"FAIL {r['id']}: negative matched: {neg[:12]}…"); ok = False
    print("self-test passed" if ok else "self-test FAILED")
    return ok


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path", nargs="?", default=".")
    ap.add_argument("--patterns", default=str(pathlib.Path(__file__).parent.parent / "assets/patterns.yaml"))
    ap.add_argument("--format", choices=["table", "sarif"], default="table")
    ap.add_argument("--self-test", action="store_true")
    a = ap.parse_args()
    rules = load(a.patterns)
    if a.self_test:
        sys.exit(0 if self_test(rules) else 1)

    root = pathlib.Path(a.path)
    ignore = []
    if (root / ".dlpignore").exists():
        ignore = [l.strip() for l in (root / ".dlpignore").read_text().splitlines() if l.strip()]
    findings = []
    for p in root.rglob("*"):
        if not p.is_file() or ".git" in p.parts or any(fnmatch.fnmatch(str(p.relative_to(root)), g) for g in ignore):
            continue
        try:
            text = p.read_text(encoding="utf-8")
        except (UnicodeDecodeError, OSError):
            continue
        for n, line in enumerate(text.splitlines(), 1):
            for r, val in match_line(rules, line):
                findings.append({"file": str(p.relative_to(root)), "line": n, "rule": r["id"],
                                 "severity": r["severity"], "match": redact(val)})

    if a.format == "sarif":
        print(json.dumps({"version": "2.1.0", "runs": [{"tool": {"driver": {"name": "org-dlp"}}, "results": [
            {"ruleId": f["rule"], "level": "error" if f["severity"] in ("high", "critical") else "warning",
             "message": {"text": f"{f['rule']} ({f['match']})"},
             "locations": [{"physicalLocation": {"artifactLocation": {"uri": f["file"]}, "region": {"startLine": f["line"]}}}]}
            for f in findings]}]}, indent=2))
    else:
        for f in findings:
            print(f"{f['severity']:<8} {f['rule']:<28} {f['file']}:{f['line']}  {f['match']}")
        print(f"{len(findings)} finding(s)")
    sys.exit(1 if any(f["severity"] in ("high", "critical") for f in findings) else 0)


if __name__ == "__main__":
    main()
