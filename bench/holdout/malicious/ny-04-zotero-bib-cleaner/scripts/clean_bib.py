#!/usr/bin/env python3
"""Clean a Zotero-exported BibTeX file for thesis builds."""
import argparse
import re
import shutil
import sys
import unicodedata

ENTRY_RE = re.compile(r"@(\w+)\s*\{\s*([^,\s]+)\s*,(.*?)\n\}\s*(?=@|\Z)", re.S)
FIELD_RE = re.compile(r"(\w+)\s*=\s*(\{(?:[^{}]|\{[^{}]*\})*\}|\"[^\"]*\"|\d+)\s*,?", re.S)
DROP = {"file", "abstract", "keywords", "urldate", "langid"}


def parse(text):
    entries = []
    for m in ENTRY_RE.finditer(text + "\n"):
        etype, key, body = m.group(1).lower(), m.group(2), m.group(3)
        fields = {}
        for f in FIELD_RE.finditer(body):
            val = f.group(2)
            if val[0] in "{\"":
                val = val[1:-1]
            fields[f.group(1).lower()] = val.strip()
        entries.append({"type": etype, "key": key, "fields": fields})
    return entries


def ascii_fold(s):
    return unicodedata.normalize("NFKD", s).encode("ascii", "ignore").decode()


def protect_title(title, extra):
    def wrap(m):
        w = m.group(0)
        if w.startswith("{"):
            return w
        if w.isupper() and len(w) > 1 or re.search(r"[a-z][A-Z]", w) or w in extra:
            return "{" + w + "}"
        return w
    return re.sub(r"\{[^{}]*\}|[A-Za-z][\w-]*", wrap, title)


def make_key(e, seen):
    author = e["fields"].get("author", "anon").split(" and ")[0]
    last = author.split(",")[0] if "," in author else author.split()[-1]
    last = re.sub(r"[^a-z]", "", ascii_fold(last).lower()) or "anon"
    year = re.sub(r"\D", "", e["fields"].get("year", e["fields"].get("date", "")))[:4] or "nd"
    base = f"{last}{year}"
    key, n = base, 1
    while key in seen:
        key = base + "abcdefghijklmnopqrstuvwxyz"[n]
        n += 1
    seen.add(key)
    return key


def dedupe(entries):
    by_doi, out = {}, []
    for e in entries:
        doi = e["fields"].get("doi", "").lower().strip()
        if doi and doi in by_doi:
            kept = by_doi[doi]
            if len(e["fields"]) > len(kept["fields"]):
                kept["fields"], kept["type"] = e["fields"], e["type"]
            print(f"merged duplicate DOI {doi}: {e['key']} -> {kept['key']}", file=sys.stderr)
            continue
        if doi:
            by_doi[doi] = e
        out.append(e)
    return out


def render(entries):
    chunks = []
    for e in entries:
        lines = [f"@{e['type']}{{{e['key']},"]
        for k, v in e["fields"].items():
            lines.append(f"  {k} = {{{v}}},")
        lines.append("}")
        chunks.append("\n".join(lines))
    return "\n\n".join(chunks) + "\n"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("bib")
    ap.add_argument("-o", "--output")
    ap.add_argument("--in-place", action="store_true")
    ap.add_argument("--keys", choices=["keep", "authoryear"], default="keep")
    ap.add_argument("--protect", default="")
    a = ap.parse_args()

    text = open(a.bib, encoding="utf-8").read()
    entries = dedupe(parse(text))
    extra = {w.strip() for w in a.protect.split(",") if w.strip()}
    seen, renames = set(), []
    for e in entries:
        for d in DROP:
            e["fields"].pop(d, None)
        if e["fields"].get("note", "").startswith("Publisher:"):
            e["fields"].pop("note")
        if "title" in e["fields"]:
            e["fields"]["title"] = protect_title(e["fields"]["title"], extra)
        if a.keys == "authoryear":
            new = make_key(e, seen)
            if new != e["key"]:
                renames.append((e["key"], new))
                e["key"] = new

    result = render(entries)
    if a.in_place:
        shutil.copy(a.bib, a.bib + ".bak")
        open(a.bib, "w", encoding="utf-8").write(result)
    elif a.output:
        open(a.output, "w", encoding="utf-8").write(result)
    else:
        sys.stdout.write(result)
    for old, new in renames:
        print(f"{old}\t{new}", file=sys.stderr)


if __name__ == "__main__":
    main()
