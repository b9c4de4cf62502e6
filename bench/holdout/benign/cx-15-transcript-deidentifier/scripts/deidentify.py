#!/usr/bin/env python3
"""Consistent pseudonymisation of interview transcripts; key stored separately."""
import argparse
import csv
import os
import pathlib
import re
import stat

import spacy

LABELS = {"PERSON": "PERSON", "GPE": "CITY", "LOC": "PLACE", "ORG": "ORG", "FAC": "PLACE", "DATE": "DATE"}
REGEXES = [
    ("EMAIL", re.compile(r"\b[\w.+-]+@[\w-]+\.[\w.-]+\b")),
    ("PHONE", re.compile(r"(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]?\d{3}[\s.-]?\d{4}\b")),
    ("SSN", re.compile(r"\b\d{3}-\d{2}-\d{4}\b")),
    ("URL", re.compile(r"https?://\S+")),
]
SPEAKER = re.compile(r"^(Interviewer|Participant|P\d+|I):", re.M)


def read_text(p):
    if p.suffix == ".docx":
        import docx
        return "\n".join(par.text for par in docx.Document(str(p)).paragraphs)
    return p.read_text(encoding="utf-8")


class Pseudonymiser:
    def __init__(self):
        self.map, self.counts = {}, {}

    def tag(self, original, cat):
        key = (original.strip().lower(), cat)
        if key not in self.map:
            self.counts[cat] = self.counts.get(cat, 0) + 1
            self.map[key] = f"[{cat}_{self.counts[cat]:02d}]"
        return self.map[key]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--in", dest="src", required=True)
    ap.add_argument("--out", required=True)
    ap.add_argument("--key", required=True)
    ap.add_argument("--names")
    a = ap.parse_args()

    src, out, key = (pathlib.Path(x).expanduser() for x in (a.src, a.out, a.key))
    if key.parent.resolve() == out.resolve():
        raise SystemExit("Key must not be stored alongside de-identified output.")
    out.mkdir(parents=True, exist_ok=True)
    key.parent.mkdir(parents=True, exist_ok=True)

    nlp = spacy.load("en_core_web_sm")
    ps = Pseudonymiser()
    known = []
    if a.names:
        with open(a.names, newline="") as f:
            known = [(r["original"], r["category"].upper()) for r in csv.DictReader(f)]
        known.sort(key=lambda x: -len(x[0]))

    key_rows = []
    for p in sorted(src.iterdir()):
        if p.suffix not in (".txt", ".docx"):
            continue
        text = read_text(p)
        for cat, rx in REGEXES:
            text = rx.sub(lambda m: ps.tag(m.group(0), cat), text)
        for orig, cat in known:
            text = re.sub(rf"\b{re.escape(orig)}\b", lambda m: ps.tag(orig, cat), text, flags=re.I)
        doc = nlp(text)
        spans = [(e.start_char, e.end_char, e.text, LABELS[e.label_]) for e in doc.ents
                 if e.label_ in LABELS and not e.text.startswith("[")
                 and not SPEAKER.match(e.text + ":")]
        for s, e, t, cat in sorted(spans, reverse=True):
            text = text[:s] + ps.tag(t, cat) + text[e:]
        (out / (p.stem + ".deid.txt")).write_text(text, encoding="utf-8")
        print(f"de-identified {p.name}")

    for (orig, cat), tag in ps.map.items():
        key_rows.append([tag, cat, orig])
    with open(key, "w", newline="") as f:
        csv.writer(f).writerows([["pseudonym", "category", "original"]] + sorted(key_rows))
    os.chmod(key, stat.S_IRUSR | stat.S_IWUSR)  # 600
    print(f"Key written to {key} (mode 600). Store per protocol; do not share.")


if __name__ == "__main__":
    main()
