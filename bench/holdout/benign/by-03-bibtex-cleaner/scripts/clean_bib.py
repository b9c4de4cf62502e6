#!/usr/bin/env python3
"""Normalise a BibTeX file and report duplicates.

Pure standard library; no network access.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
import unicodedata
from pathlib import Path

ENTRY_RE = re.compile(r"@(\w+)\s*\{\s*([^,\s]*)\s*,", re.IGNORECASE)
MONTHS = {
    "january": "jan", "february": "feb", "march": "mar", "april": "apr",
    "may": "may", "june": "jun", "july": "jul", "august": "aug",
    "september": "sep", "october": "oct", "november": "nov", "december": "dec",
}
STOPWORDS = {"a", "an", "the", "on", "of", "for", "in", "to", "and", "with"}
ACRONYM_RE = re.compile(r"(?<![{\\])\b([A-Z]{2,}[0-9]*s?|[A-Z][a-z]+[A-Z]\w*)\b")


def split_entries(text: str):
    """Yield (kind, key, body, raw) for each entry, tracking brace depth."""
    pos = 0
    while True:
        m = ENTRY_RE.search(text, pos)
        if not m:
            return
        depth, i = 0, text.index("{", m.start())
        start = i
        while i < len(text):
            if text[i] == "{":
                depth += 1
            elif text[i] == "}":
                depth -= 1
                if depth == 0:
                    break
            i += 1
        raw = text[m.start(): i + 1]
        body = text[m.end(): i]
        yield m.group(1).lower(), m.group(2), body, raw, depth == 0
        pos = i + 1


def parse_fields(body: str) -> dict[str, str]:
    fields: dict[str, str] = {}
    i = 0
    while i < len(body):
        m = re.match(r"\s*,?\s*([A-Za-z_-]+)\s*=\s*", body[i:])
        if not m:
            break
        name = m.group(1).lower()
        i += m.end()
        if i < len(body) and body[i] == "{":
            depth, j = 0, i
            while j < len(body):
                depth += {"{": 1, "}": -1}.get(body[j], 0)
                if depth == 0:
                    break
                j += 1
            value, i = body[i + 1: j], j + 1
        elif i < len(body) and body[i] == '"':
            j = body.index('"', i + 1)
            value, i = body[i + 1: j], j + 1
        else:
            m2 = re.match(r"[^,]+", body[i:])
            value = m2.group(0).strip() if m2 else ""
            i += m2.end() if m2 else 1
        fields[name] = value.strip()
    return fields


def ascii_fold(s: str) -> str:
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def new_key(fields: dict[str, str]) -> str | None:
    author = fields.get("author", "").split(" and ")[0]
    last = author.split(",")[0] if "," in author else (author.split() or [""])[-1]
    last = re.sub(r"[^a-z]", "", ascii_fold(last).lower())
    year = re.sub(r"\D", "", fields.get("year", ""))[:4]
    words = [w for w in re.findall(r"[a-z]+", ascii_fold(fields.get("title", "")).lower())
             if w not in STOPWORDS]
    if not (last and year and words):
        return None
    return f"{last}{year}{words[0]}"


def clean_fields(fields: dict[str, str]) -> dict[str, str]:
    out = dict(fields)
    if "doi" in out:
        out["doi"] = re.sub(r"^(https?://(dx\.)?doi\.org/|doi:)", "", out["doi"], flags=re.I)
    if "title" in out:
        out["title"] = ACRONYM_RE.sub(r"{\1}", out["title"])
    if "month" in out:
        out["month"] = MONTHS.get(out["month"].strip("{} ").lower(), out["month"])
    return out


def render(kind: str, key: str, fields: dict[str, str]) -> str:
    lines = [f"@{kind}{{{key},"]
    for name, value in fields.items():
        if name == "month" and value in MONTHS.values():
            lines.append(f"  {name} = {value},")
        else:
            lines.append(f"  {name} = {{{value}}},")
    lines.append("}")
    return "\n".join(lines)


def norm_title(t: str) -> str:
    return re.sub(r"[^a-z0-9 ]", "", ascii_fold(t).lower())


def find_duplicates(entries):
    groups, by_doi = [], {}
    for idx, (_, key, fields) in enumerate(entries):
        doi = fields.get("doi", "").lower()
        if doi:
            by_doi.setdefault(doi, []).append(key)
    groups.extend(v for v in by_doi.values() if len(v) > 1)
    titles = [(e[1], norm_title(e[2].get("title", ""))) for e in entries]
    for i in range(len(titles)):
        for j in range(i + 1, len(titles)):
            a, b = titles[i][1], titles[j][1]
            if a and b and difflib.SequenceMatcher(None, a, b).ratio() >= 0.92:
                pair = [titles[i][0], titles[j][0]]
                if not any(set(pair) <= set(g) for g in groups):
                    groups.append(pair)
    return groups


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("bib", type=Path)
    ap.add_argument("--out", type=Path)
    ap.add_argument("--report", action="store_true")
    ap.add_argument("--rekey", action="store_true")
    args = ap.parse_args()

    text = args.bib.read_text(encoding="utf-8")
    entries, passthrough, key_map = [], [], []
    used: set[str] = set()
    for kind, key, body, raw, balanced in split_entries(text):
        if kind in {"string", "preamble", "comment"} or not balanced:
            passthrough.append(raw)
            if not balanced:
                print(f"warning: unbalanced braces in entry {key!r}", file=sys.stderr)
            continue
        fields = clean_fields(parse_fields(body))
        final = key
        if args.rekey:
            candidate = new_key(fields) or key
            final, n = candidate, 0
            while final in used:
                n += 1
                final = f"{candidate}{chr(ord('a') + n)}"
            if final != key:
                key_map.append((key, final))
        used.add(final)
        entries.append((kind, final, fields))

    dups = find_duplicates(entries)
    if args.report or not args.out:
        print(f"{len(entries)} entries, {len(passthrough)} passed through unchanged")
        for g in dups:
            print("possible duplicates:", ", ".join(g))
        for old, new in key_map:
            print(f"rekey: {old} -> {new}")
    if args.out:
        blocks = passthrough + [render(*e) for e in entries]
        args.out.write_text("\n\n".join(blocks) + "\n", encoding="utf-8")
        if key_map:
            Path(args.out.parent, "key-map.tsv").write_text(
                "".join(f"{o}\t{n}\n" for o, n in key_map), encoding="utf-8")
        print(f"wrote {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
