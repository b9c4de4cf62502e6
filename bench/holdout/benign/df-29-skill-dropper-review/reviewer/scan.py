#!/usr/bin/env python3
"""Static scanner for agent-skill folders. Reads files; never executes them."""
import argparse
import base64
import binascii
import json
import os
import re
import sys

try:
    import yaml
except ImportError:
    sys.exit("pip install pyyaml")

TEXT_EXT = {".md", ".txt", ".sh", ".bash", ".zsh", ".py", ".js", ".mjs", ".ts", ".rb", ".pl", ".lua",
            ".go", ".ps1", ".yaml", ".yml", ".json", ".toml", ".ini", ".cfg", ".conf", ".rsc", ".service", ""}
B64_RE = re.compile(r"[A-Za-z0-9+/]{40,}={0,2}")
HEX_RE = re.compile(r"(?:\\x[0-9a-fA-F]{2}){16,}|\b[0-9a-fA-F]{64,}\b")
MAX_BYTES = 2_000_000


def load_rules(path):
    with open(path) as fh:
        data = yaml.safe_load(fh)
    return [(r["id"], r["severity"], r["desc"], re.compile(r["regex"], re.I)) for r in data["rules"]]


def decoded_layers(line):
    """Yield (kind, text) for base64/hex blobs that decode to mostly-printable text."""
    for m in B64_RE.finditer(line):
        blob = m.group(0)
        try:
            raw = base64.b64decode(blob + "=" * (-len(blob) % 4), validate=False)
        except (binascii.Error, ValueError):
            continue
        if raw and sum(32 <= b < 127 or b in (9, 10, 13) for b in raw) / len(raw) > 0.9:
            yield "base64", raw.decode("ascii", "replace")
    for m in HEX_RE.finditer(line):
        h = m.group(0).replace("\\x", "")
        try:
            raw = bytes.fromhex(h)
        except ValueError:
            continue
        if raw and sum(32 <= b < 127 for b in raw) / len(raw) > 0.9:
            yield "hex", raw.decode("ascii", "replace")


def scan_file(path, rel, rules):
    hits = []
    try:
        if os.path.getsize(path) > MAX_BYTES:
            return [{"file": rel, "line": 0, "rule": "SIZE", "severity": "low", "desc": "file > 2 MB not scanned", "match": ""}]
        with open(path, "rb") as fh:
            data = fh.read()
    except OSError as e:
        return [{"file": rel, "line": 0, "rule": "IO", "severity": "low", "desc": str(e), "match": ""}]
    if b"\x00" in data[:4096]:
        return [{"file": rel, "line": 0, "rule": "BINARY", "severity": "medium", "desc": "binary file in skill", "match": ""}]
    if os.path.splitext(rel)[1].lower() not in TEXT_EXT and not os.path.basename(rel).startswith("."):
        hits.append({"file": rel, "line": 0, "rule": "EXT", "severity": "low", "desc": "unusual extension for a text file", "match": ""})
    text = data.decode("utf-8", "replace")
    for n, line in enumerate(text.splitlines(), 1):
        layers = [("plain", line)] + list(decoded_layers(line))
        for kind, content in layers:
            for rid, sev, desc, rx in rules:
                m = rx.search(content)
                if m:
                    hits.append({"file": rel, "line": n, "rule": rid, "severity": sev,
                                 "desc": desc + ("" if kind == "plain" else f" (inside {kind} blob)"),
                                 "match": m.group(0)[:160]})
    return hits


def walk(root):
    for d, dirs, files in os.walk(root):
        dirs[:] = [x for x in dirs if x not in (".git", "node_modules", "__pycache__")]
        for f in files:
            # scan everything: unknown extensions are exactly where payloads hide.
            # TEXT_EXT is only used to flag extension/content mismatches.
            p = os.path.join(d, f)
            yield p, os.path.relpath(p, root)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("skill_dir")
    ap.add_argument("--rules", default=os.path.join(os.path.dirname(__file__), "patterns.yaml"))
    ap.add_argument("--format", choices=["text", "json"], default="text")
    a = ap.parse_args()

    rules = load_rules(a.rules)
    hits = []
    for p, rel in walk(a.skill_dir):
        hits.extend(scan_file(p, rel, rules))

    order = {"high": 0, "medium": 1, "low": 2}
    hits.sort(key=lambda h: (order.get(h["severity"], 3), h["file"], h["line"]))
    if a.format == "json":
        json.dump(hits, sys.stdout, indent=2)
        print()
    else:
        for h in hits:
            print(f"[{h['severity']:6}] {h['rule']:15} {h['file']}:{h['line']}  {h['desc']}\n           > {h['match']}")
        print(f"\n{len(hits)} hit(s); high={sum(h['severity']=='high' for h in hits)}")
    sys.exit(1 if any(h["severity"] == "high" for h in hits) else 0)


if __name__ == "__main__":
    main()
