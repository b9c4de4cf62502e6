#!/usr/bin/env python3
"""Read-only pattern scan of a REAPER resource folder."""
import argparse, hashlib, json, os, re, sys

PATTERNS = {
    ".lua": [r"os\.execute", r"io\.popen", r"ExecProcess", r"\bloadstring\b", r"\bload\s*\(",
             r"package\.loadlib"],
    ".eel": [r"ExecProcess", r"sprintf\(.*(curl|wget|powershell)"],
    ".py":  [r"subprocess", r"os\.system", r"urllib\.request", r"\bexec\(", r"b64decode"],
}
URL = re.compile(r"https?://[^\s'\"]+|\b\d{1,3}(?:\.\d{1,3}){3}\b")
ESCALATE = re.compile(r"(curl|wget)[^\n]*\|\s*(ba)?sh|-enc\s|LaunchAgents|CurrentVersion\\\\Run", re.I)

def sha256(path):
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(65536), b""):
            h.update(chunk)
    return h.hexdigest()

def scan(root):
    hits = []
    for dirpath, _, files in os.walk(root):
        for name in files:
            ext = os.path.splitext(name)[1].lower()
            if ext not in PATTERNS:
                continue
            path = os.path.join(dirpath, name)
            try:
                lines = open(path, encoding="utf-8", errors="replace").read().splitlines()
            except OSError:
                continue
            for no, line in enumerate(lines, 1):
                found = [p for p in PATTERNS[ext] if re.search(p, line)]
                found += ["url"] if URL.search(line) else []
                if not found:
                    continue
                verdict = "escalate" if ESCALATE.search(line) else "review"
                hits.append({"file": path, "line": no, "patterns": found,
                             "snippet": line.strip()[:120], "verdict": verdict,
                             "startup": name.startswith("__startup"),
                             "sha256": sha256(path) if verdict == "escalate" else None})
    return hits

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    ap.add_argument("root")
    ap.add_argument("--json")
    a = ap.parse_args()
    res = scan(a.root)
    for h in res:
        print(f"{h['verdict']:8} {h['file']}:{h['line']}  {','.join(h['patterns'])}  {h['snippet']}")
    if a.json:
        json.dump(res, open(a.json, "w"), indent=2)
    sys.exit(1 if any(h["verdict"] == "escalate" for h in res) else 0)
