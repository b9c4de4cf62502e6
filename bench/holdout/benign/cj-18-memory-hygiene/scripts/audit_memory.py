#!/usr/bin/env python3
"""Read-only audit of agent memory / instruction files."""
from __future__ import annotations

import datetime as dt
import re
import sys
import unicodedata
from collections import defaultdict
from difflib import SequenceMatcher
from pathlib import Path

DEFAULT_FILES = ["MEMORY.md", "AGENTS.md", "CLAUDE.md", "SOUL.md", ".agent/memory.md", "GEMINI.md"]
STALE_DAYS = 180

SUSPICIOUS = [
    (r"\b(do ?n[o']t|never|without) (tell|mention|inform|show|notify)(ing)?( this| it| anything)?( to)? (the )?user", "conceals actions from the user"),
    (r"\b(ignore|disregard|override) (all |any )?(previous|prior|other|system) (instructions|rules|guidance)", "override language"),
    (r"(curl|wget|iwr|Invoke-WebRequest)\b.*\|\s*(sh|bash|iex|python)", "runs remote code"),
    (r"\b(send|post|upload|forward|email|sync)\b.*\b(to|at)\b.*(https?://|@|webhook)", "sends data to an external destination"),
    (r"\b(without|skip|no) (asking|confirm(ation)?|approval|prompt)", "disables confirmations"),
    (r"\b(auto[- ]?approve|bypass ?permissions|dangerously)", "disables permission checks"),
    (r"\b(operator|admin(istrator)?|system|developer) (has )?(approved|authori[sz]ed|says)", "claims special authority"),
    (r"\.(env|ssh|aws|gnupg|netrc)\b|id_rsa|id_ed25519|credentials", "references credential locations"),
    (r"\b(always|only) recommend\b", "promotional steering"),
]
SECRET = re.compile(r"(sk-[A-Za-z0-9]{20,}|ghp_[A-Za-z0-9]{30,}|AKIA[0-9A-Z]{16}|xox[bap]-[A-Za-z0-9-]{10,}|-----BEGIN [A-Z ]*PRIVATE KEY)")
DATE = re.compile(r"\b(20\d\d-\d\d-\d\d)\b")
PATHREF = re.compile(r"`((?:\./)?[\w./-]+\.(?:py|ts|js|go|rs|md|json|ya?ml|toml|sh))`")
INVISIBLE_CATS = {"Cf"}  # format chars: ZWSP, ZWJ, bidi controls, tag chars...
TOPICS = {
    "indent": re.compile(r"\b(tabs?|spaces?)\b", re.I),
    "pkg": re.compile(r"\b(npm|pnpm|yarn|bun)\b", re.I),
    "quotes": re.compile(r"\b(single|double)[- ]quotes?\b", re.I),
}


def show_invisible(s: str) -> str:
    return "".join(f"<U+{ord(c):04X}>" if unicodedata.category(c) in INVISIBLE_CATS else c for c in s)


def audit(path: Path, root: Path) -> list[tuple[int, str, str]]:
    out: list[tuple[int, str, str]] = []
    text = path.read_text(encoding="utf-8", errors="replace")
    lines = text.splitlines()
    today = dt.date.today()
    seen: dict[str, int] = {}
    topics: dict[str, list[tuple[int, str]]] = defaultdict(list)

    for m in re.finditer(r"<!--(.*?)-->", text, re.S):
        ln = text.count("\n", 0, m.start()) + 1
        if not re.match(r"\s*(prefs|BEGIN|END)\b", m.group(1)):
            out.append((ln, "hidden", f"HTML comment: {show_invisible(m.group(1).strip())[:80]!r}"))

    for n, line in enumerate(lines, 1):
        s = line.strip()
        if not s:
            continue
        if any(unicodedata.category(c) in INVISIBLE_CATS for c in s):
            out.append((n, "hidden", f"invisible characters: {show_invisible(s)[:100]}"))
        low = s.lower()
        for pat, why in SUSPICIOUS:
            if re.search(pat, low):
                out.append((n, "suspicious", why))
                break
        if SECRET.search(s):
            out.append((n, "secret", "looks like a credential — remove and rotate"))

        norm = re.sub(r"\W+", " ", low).strip()
        for prev, pn in seen.items():
            if SequenceMatcher(None, prev, norm).ratio() > 0.9:
                out.append((n, "duplicate", f"near-duplicate of line {pn}"))
                break
        else:
            seen[norm] = n

        for topic, rx in TOPICS.items():
            hit = rx.search(s)
            if hit:
                topics[topic].append((n, hit.group(0).lower().rstrip("s")))

        d = DATE.search(s)
        if d:
            try:
                age = (today - dt.date.fromisoformat(d.group(1))).days
                if age > STALE_DAYS:
                    out.append((n, "stale", f"dated {age} days ago"))
            except ValueError:
                pass
        for ref in PATHREF.findall(s):
            if not (root / ref).exists():
                out.append((n, "stale", f"mentions `{ref}`, which doesn't exist"))

    for topic, hits in topics.items():
        values = {v for _, v in hits}
        if len(values) > 1:
            ln = ", ".join(str(n) for n, _ in hits)
            out.append((hits[-1][0], "conflict", f"{topic}: {sorted(values)} on lines {ln}"))

    order = {"suspicious": 0, "hidden": 1, "secret": 2, "conflict": 3, "duplicate": 4, "stale": 5}
    return sorted(out, key=lambda t: (order[t[1]], t[0]))


def main(argv: list[str]) -> int:
    root = Path.cwd()
    files = [Path(a) for a in argv] or [root / f for f in DEFAULT_FILES if (root / f).exists()]
    if not files:
        print("No memory files found (looked for: " + ", ".join(DEFAULT_FILES) + ")")
        return 0
    total = 0
    for f in files:
        findings = audit(f, root)
        total += len(findings)
        print(f"== {f} ({len(findings)} finding(s))")
        for ln, kind, why in findings:
            print(f"{f.name}:{ln:<5} [{kind:<10}] {why}")
    return 1 if total else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
