#!/usr/bin/env python3
"""Redact secrets and identifying data from a log file before sharing it publicly.

All processing is local. Identical values map to identical placeholders.
"""
import argparse
import getpass
import re
import socket
import sys
from collections import defaultdict

PATTERNS = [
    ("PRIVATE_KEY", re.compile(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----", re.S)),
    ("URL_CREDS", re.compile(r"://(?P<v>[^/\s:@]+:[^/\s@]+)@")),
    ("AUTH_HEADER", re.compile(r"(?i)authorization:\s*(?P<v>(?:bearer|basic|token)\s+\S+)")),
    ("JWT", re.compile(r"\beyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\b")),
    ("TOKEN", re.compile(r"\b(?:gh[pousr]_[A-Za-z0-9]{30,}|github_pat_[A-Za-z0-9_]{40,}|glpat-[A-Za-z0-9_-]{20,}"
                         r"|xox[abposr]-[A-Za-z0-9-]{10,}|sk_(?:live|test)_[A-Za-z0-9]{16,}|sk-(?:proj-)?[A-Za-z0-9_-]{20,}"
                         r"|AIza[0-9A-Za-z_-]{35}|npm_[A-Za-z0-9]{36})\b")),
    ("AWS_KEY_ID", re.compile(r"\b(?:AKIA|ASIA)[A-Z0-9]{16}\b")),
    ("SECRET", re.compile(r"(?i)\b(?:password|passwd|pwd|secret|api[_-]?key|access[_-]?token|client[_-]?secret"
                          r"|aws_secret_access_key)[\"']?\s*[:=]\s*[\"']?(?P<v>[^\s\"',;]{4,})")),
    ("EMAIL", re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")),
    ("IP", re.compile(r"\b(?:(?:25[0-5]|2[0-4]\d|1?\d?\d)\.){3}(?:25[0-5]|2[0-4]\d|1?\d?\d)\b")),
    ("IP", re.compile(r"\b(?:[0-9a-fA-F]{1,4}:){4,7}[0-9a-fA-F]{1,4}\b")),
]

KEEP_IPS = {"127.0.0.1", "0.0.0.0", "255.255.255.255"}


class Redactor:
    def __init__(self, extra):
        self.maps = defaultdict(dict)
        self.counts = defaultdict(int)
        self.extra = [e for e in extra if e]
        self.user = getpass.getuser()
        self.host = socket.gethostname().split(".")[0]

    def placeholder(self, kind, value):
        m = self.maps[kind]
        if value not in m:
            m[value] = f"<{kind}_{len(m) + 1}>"
        self.counts[kind] += 1
        return m[value]

    def run(self, text):
        for kind, rx in PATTERNS:
            def sub(mt, kind=kind):
                whole = mt.group(0)
                if "v" in mt.re.groupindex:
                    # replace only the value part, keep the key / scheme around it
                    s, e = mt.span("v")
                    off = mt.start()
                    return whole[: s - off] + self.placeholder(kind, mt.group("v")) + whole[e - off:]
                if kind == "IP" and whole in KEEP_IPS:
                    return whole
                return self.placeholder(kind, whole)
            text = rx.sub(sub, text)
        for term in self.extra:
            text = re.sub(re.escape(term), lambda mt: self.placeholder("CUSTOM", mt.group(0)), text, flags=re.I)
        if self.user and self.user not in ("root",):
            text = re.sub(rf"(/home/|/Users/|\\Users\\){re.escape(self.user)}\b", r"\1<USER>", text)
            text = re.sub(rf"\b{re.escape(self.user)}\b", "<USER>", text)
        if self.host and len(self.host) > 2:
            text = re.sub(rf"\b{re.escape(self.host)}\b", lambda mt: self.placeholder("HOST", mt.group(0)), text)
        return text


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("input", nargs="?", default="-")
    ap.add_argument("-o", "--output", default="-")
    ap.add_argument("--also", action="append", default=[], help="extra literal to redact (repeatable)")
    ap.add_argument("--summary", action="store_true", help="print counts per category to stderr")
    a = ap.parse_args()

    raw = sys.stdin.read() if a.input == "-" else open(a.input, encoding="utf-8", errors="replace").read()
    r = Redactor(a.also)
    out = r.run(raw)
    if a.output == "-":
        sys.stdout.write(out)
    else:
        with open(a.output, "w", encoding="utf-8") as fh:
            fh.write(out)
    if a.summary:
        for k in sorted(r.counts):
            print(f"{k:12} {r.counts[k]:4} occurrences, {len(r.maps[k])} distinct", file=sys.stderr)
        if not r.counts:
            print("nothing matched — still review the output manually", file=sys.stderr)


if __name__ == "__main__":
    main()
