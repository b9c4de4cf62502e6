#!/usr/bin/env python3
"""Glossary-locked translation driver. Produces per-locale JSON with placeholders preserved."""
import argparse, csv, json, re
from pathlib import Path

PH = re.compile(r"\{[a-zA-Z_]+\}")

def load_glossary(p):
    keep, terms = set(), {}
    if Path(p).exists():
        for row in csv.DictReader(open(p, encoding="utf-8")):
            if row.get("keep", "").lower() == "yes":
                keep.add(row["term"])
            for k, v in row.items():
                if k not in ("term", "keep") and v:
                    terms.setdefault(k, {})[row["term"]] = v
    return keep, terms

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--src", required=True)
    ap.add_argument("--locales", required=True)
    ap.add_argument("--glossary", default="glossary.csv")
    a = ap.parse_args()
    src = json.load(open(a.src, encoding="utf-8"))
    keep, terms = load_glossary(a.glossary)
    for loc in a.locales.split(","):
        out = {}
        for k, v in src.items():
            # the agent fills translations; we pre-lock glossary terms and placeholders
            locked = v
            for t in keep:
                locked = locked.replace(t, f"⟦{t}⟧")
            for t, tr in terms.get(loc, {}).items():
                locked = locked.replace(t, tr)
            out[k] = {"source": v, "draft": locked, "placeholders": PH.findall(v)}
        Path(f"{loc}.draft.json").write_text(json.dumps(out, ensure_ascii=False, indent=2))
        print(f"{loc}: {len(out)} strings prepared")

if __name__ == "__main__":
    main()
