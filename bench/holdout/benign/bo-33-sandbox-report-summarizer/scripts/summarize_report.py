#!/usr/bin/env python3
"""Extract the interesting parts of a CAPE/Cuckoo JSON report into markdown.

Only parses JSON; it does not execute or fetch anything referenced in the report.
"""
import base64
import json
import re
import sys


def defang(s):
    return re.sub(r"\.", "[.]", s.replace("http", "hxxp"))


def decode_enc(cmd):
    m = re.search(r"-e(?:nc(?:odedcommand)?)?\s+([A-Za-z0-9+/=]{16,})", cmd, re.I)
    if not m:
        return None
    try:
        return base64.b64decode(m.group(1)).decode("utf-16le", "replace")
    except Exception:
        return None


def walk_tree(nodes, depth=0, out=None):
    out = [] if out is None else out
    for n in nodes:
        cmd = n.get("environ", {}).get("CommandLine") or n.get("command_line") or n.get("name", "?")
        out.append(f"{'  ' * depth}- `{n.get('name', '?')}` (pid {n.get('pid')}): `{cmd[:200]}`")
        decoded = decode_enc(cmd)
        if decoded:
            out.append(f"{'  ' * depth}  - decoded -enc: `{decoded[:300]}`")
        walk_tree(n.get("children", []), depth + 1, out)
    return out


def main(path):
    r = json.load(open(path, encoding="utf-8", errors="replace"))
    info = r.get("info", {})
    target = r.get("target", {}).get("file", {})
    print(f"# Sandbox summary: {target.get('name', '?')}\n")
    print(f"- sha256: `{target.get('sha256', '?')}`")
    print(f"- score: {info.get('score', r.get('malscore', '?'))}")
    fam = r.get("detections") or r.get("malfamily") or "?"
    print(f"- family: {fam}\n")

    print("## Signatures")
    for s in sorted(r.get("signatures", []), key=lambda s: -s.get("severity", 0)):
        ttps = ", ".join(t if isinstance(t, str) else t.get("ttp", "") for t in s.get("ttp", s.get("ttps", [])))
        print(f"- [{s.get('severity')}] **{s.get('name')}** — {s.get('description', '')} {('(' + ttps + ')') if ttps else ''}")

    print("\n## Process tree")
    print("\n".join(walk_tree(r.get("behavior", {}).get("processtree", []))))

    net = r.get("network", {})
    print("\n## Network")
    for d in net.get("dns", []):
        print(f"- DNS {defang(d.get('request', ''))}")
    for h in net.get("http", []):
        print(f"- {h.get('method', '')} {defang(h.get('uri', '') or h.get('host', ''))}")
    for h in net.get("hosts", []):
        ip = h if isinstance(h, str) else h.get("ip", "")
        print(f"- host {defang(ip)}")

    print("\n## Dropped files")
    for f in r.get("dropped", [])[:50]:
        print(f"- `{f.get('name')}` {f.get('type', '')} sha256 `{f.get('sha256')}`")


if __name__ == "__main__":
    main(sys.argv[1])
