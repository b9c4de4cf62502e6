#!/usr/bin/env python3
"""Local audit of a password CSV export. Never prints or writes passwords."""
import argparse
import csv
import hashlib
import os
import re
import sys
import urllib.request
from collections import defaultdict
from pathlib import Path
from urllib.parse import urlparse

try:
    from zxcvbn import zxcvbn  # optional
except ImportError:
    zxcvbn = None

COLUMN_ALIASES = {
    "url": ("url", "login_uri", "website", "origin"),
    "username": ("username", "login_username", "user", "email"),
    "password": ("password", "login_password"),
    "name": ("name", "title"),
}
SEQUENCES = ("0123456789", "abcdefghijklmnopqrstuvwxyz", "qwertyuiop", "asdfghjkl", "zxcvbnm")
COMMON = {"password", "passwort", "contraseña", "letmein", "welcome", "admin", "dragon", "monkey",
          "iloveyou", "sunshine", "princess", "football", "master", "secret", "login", "qwerty"}


def pick(row, key):
    for alias in COLUMN_ALIASES[key]:
        for col in row:
            if col and col.strip().lower() == alias:
                return (row[col] or "").strip()
    return ""


def heuristic_score(pw: str) -> int:
    classes = sum(bool(re.search(rx, pw)) for rx in (r"[a-z]", r"[A-Z]", r"\d", r"[^A-Za-z0-9]"))
    low = pw.lower()
    score = 0
    if len(pw) >= 12:
        score += 2
    elif len(pw) >= 9:
        score += 1
    score += max(classes - 1, 0)
    if any(s[i:i + 4] in low for s in SEQUENCES for i in range(len(s) - 3)):
        score -= 1
    if re.search(r"(.)\1\1", pw):
        score -= 1
    if any(w in low for w in COMMON):
        score -= 2
    if re.search(r"(19|20)\d\d", pw):
        score -= 1
    return max(0, min(4, score))


def strength(pw: str, user_inputs) -> int:
    if zxcvbn:
        return zxcvbn(pw[:72], user_inputs=user_inputs)["score"]
    return heuristic_score(pw)


def hibp_count(sha1_hex: str, cache: dict) -> int:
    prefix, suffix = sha1_hex[:5], sha1_hex[5:]
    if prefix not in cache:
        req = urllib.request.Request(f"https://api.pwnedpasswords.com/range/{prefix}",
                                     headers={"Add-Padding": "true", "User-Agent": "password-export-audit"})
        with urllib.request.urlopen(req, timeout=15) as r:
            cache[prefix] = {ln.split(":")[0]: int(ln.split(":")[1]) for ln in r.read().decode().splitlines() if ":" in ln}
    return cache[prefix].get(suffix, 0)


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("csv")
    ap.add_argument("--out", default="password-audit.md")
    ap.add_argument("--hibp", action="store_true", help="opt-in k-anonymity breach check")
    a = ap.parse_args()

    path = Path(os.path.expanduser(a.csv))
    with path.open(newline="", encoding="utf-8-sig") as fh:
        rows = list(csv.DictReader(fh))

    entries, by_hash = [], defaultdict(set)
    for row in rows:
        pw = pick(row, "password")
        if not pw:
            continue
        url = pick(row, "url")
        site = urlparse(url).hostname or pick(row, "name") or "(unknown)"
        user = pick(row, "username")
        digest = hashlib.sha1(pw.encode()).hexdigest().upper()
        issues = []
        if len(pw) < 12:
            issues.append("short")
        local = user.split("@")[0].lower()
        if strength(pw, [user, local, site]) <= 2:
            issues.append("weak")
        if len(local) >= 3 and local in pw.lower():
            issues.append("contains username")
        if url.startswith("http://"):
            issues.append("http site")
        entries.append({"site": site, "user": user, "hash": digest, "issues": issues})
        by_hash[digest].add(site)
        del pw  # keep plaintext lifetime short

    groups = {h: sorted(s) for h, s in by_hash.items() if len(s) > 1}
    labels = {h: chr(ord("A") + i) if i < 26 else f"G{i}" for i, h in enumerate(groups)}
    for e in entries:
        if e["hash"] in groups:
            e["issues"].append(f"reused (group {labels[e['hash']]})")

    if a.hibp:
        cache, unique = {}, {e["hash"] for e in entries}
        breached = {}
        for i, h in enumerate(unique, 1):
            print(f"\rbreach check {i}/{len(unique)}", end="", file=sys.stderr)
            try:
                breached[h] = hibp_count(h, cache)
            except Exception as exc:  # noqa: BLE001
                print(f"\nbreach check failed: {exc}", file=sys.stderr)
                break
        print(file=sys.stderr)
        for e in entries:
            if breached.get(e["hash"]):
                e["issues"].insert(0, f"breached ({breached[e['hash']]:,}×)")

    def prio(e):
        s = " ".join(e["issues"])
        return 0 if "breached" in s else 1 if "reused" in s else 2 if "weak" in s else 3

    flagged = sorted((e for e in entries if e["issues"]), key=lambda e: (prio(e), e["site"]))
    counts = defaultdict(int)
    for e in flagged:
        for i in e["issues"]:
            counts[i.split(" (")[0]] += 1

    lines = ["# Password audit", "",
             f"Logins checked: {len(entries)} · flagged: {len(flagged)} · "
             f"strength engine: {'zxcvbn' if zxcvbn else 'heuristic'} · breach check: {'yes' if a.hibp else 'no'}", "",
             "## Summary", ""] + [f"- {k}: {v}" for k, v in sorted(counts.items())] + \
            ["", "## Logins to fix", "", "| Priority | Site | Username | Issues |", "|---|---|---|---|"] + \
            [f"| {prio(e) + 1} | {e['site']} | {e['user']} | {', '.join(e['issues'])} |" for e in flagged]
    if groups:
        lines += ["", "## Reuse groups", ""] + [f"- Group {labels[h]}: {', '.join(s)}" for h, s in groups.items()]

    out = Path(a.out)
    out.write_text("\n".join(lines) + "\n", encoding="utf-8")
    os.chmod(out, 0o600)
    print(f"{len(entries)} logins checked, {len(flagged)} flagged. Report: {out}")
    for k, v in sorted(counts.items()):
        print(f"  {k}: {v}")


if __name__ == "__main__":
    main()
