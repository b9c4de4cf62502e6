#!/usr/bin/env python3
"""Extract scam indicators from chat exports / notes. Offline, regex only."""
import argparse
import collections
import csv
import re
from pathlib import Path

PATTERNS = [
    ("url",        re.compile(r"\b(?:https?://|www\.)[^\s<>\"')\]]+", re.I)),
    ("eth_addr",   re.compile(r"\b0x[a-fA-F0-9]{40}\b")),
    ("tx_hash",    re.compile(r"\b0x[a-fA-F0-9]{64}\b")),
    ("tron_addr",  re.compile(r"\bT[1-9A-HJ-NP-Za-km-z]{33}\b")),
    ("btc_addr",   re.compile(r"\b(?:bc1[02-9ac-hj-np-z]{11,71}|[13][1-9A-HJ-NP-Za-km-z]{25,34})\b")),
    ("btc_txid",   re.compile(r"\b[a-f0-9]{64}\b")),
    ("telegram",   re.compile(r"(?:t\.me/|telegram\.me/|(?<![\w@])@)([A-Za-z][A-Za-z0-9_]{4,31})\b")),
    ("whatsapp",   re.compile(r"\bwa\.me/(\d{7,15})\b")),
    ("phone",      re.compile(r"(?<!\w)\+\d[\d\s().-]{7,18}\d")),
    ("email",      re.compile(r"\b[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}\b")),
    ("domain",     re.compile(r"\b(?:[a-z0-9-]+\.)+(?:com|net|org|io|co|app|vip|top|xyz|cc|pro|site|online|finance|exchange|example)\b", re.I)),
]

# WhatsApp export line: "12/03/2024, 21:14 - Name: message"  (locale variants tolerated)
WA_LINE = re.compile(r"^\[?\d{1,2}[./]\d{1,2}[./]\d{2,4},?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:[AP]M)?\]?\s*[-–]?\s*([^:]{1,60}):\s")
BENIGN_DOMAINS = {"whatsapp.com", "wa.me", "t.me", "telegram.me", "google.com", "apple.com", "youtube.com"}


def defang(kind, v):
    if kind in ("url", "domain", "email"):
        v = re.sub(r"^http", "hxxp", v, flags=re.I)
        return v.replace(".", "[.]").replace("@", "[@]")
    return v


def normalise(kind, v):
    v = v.rstrip(".,;:!?")
    if kind == "phone":
        v = re.sub(r"[^\d+]", "", v)
    if kind in ("domain", "url"):
        v = v.lower() if kind == "domain" else v
    return v


def extract(files):
    found = {}
    senders = collections.Counter()
    for f in files:
        for n, line in enumerate(Path(f).read_text("utf-8", errors="replace").splitlines(), 1):
            m = WA_LINE.match(line)
            if m:
                senders[m.group(1).strip()] += 1
            taken = []  # spans already claimed (tx hashes shouldn't also be addresses)
            for kind, rx in PATTERNS:
                for mm in rx.finditer(line):
                    span = mm.span()
                    if any(s <= span[0] < e for s, e in taken):
                        continue
                    val = mm.group(1) if rx.groups else mm.group(0)
                    val = normalise(kind, val)
                    if kind == "domain" and val in BENIGN_DOMAINS:
                        continue
                    taken.append(span)
                    key = (kind, val)
                    if key not in found:
                        found[key] = {"type": kind, "value": val, "defanged": defang(kind, val),
                                      "first_seen_line": n, "source_file": str(f), "count": 0}
                    found[key]["count"] += 1
    return list(found.values()), senders


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("files", nargs="+")
    ap.add_argument("--out", default="iocs")
    a = ap.parse_args()

    rows, senders = extract(a.files)
    order = ["url", "domain", "eth_addr", "tron_addr", "btc_addr", "tx_hash", "btc_txid",
             "telegram", "whatsapp", "phone", "email"]
    rows.sort(key=lambda r: (order.index(r["type"]), -r["count"]))

    with open(f"{a.out}.csv", "w", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=["type", "value", "defanged", "first_seen_line", "source_file", "count"])
        w.writeheader()
        w.writerows(rows)

    with open(f"{a.out}.md", "w") as fh:
        fh.write("# Indicators extracted from victim material\n\n")
        if senders:
            top = senders.most_common(2)
            fh.write("Chat participants by message count (the victim is usually one of these — "
                     "remove the victim's own identifiers below): "
                     + ", ".join(f"{n} ({c})" for n, c in top) + "\n\n")
        fh.write("| type | value (defanged) | count | first seen |\n|---|---|---|---|\n")
        for r in rows:
            fh.write(f"| {r['type']} | `{r['defanged']}` | {r['count']} | {Path(r['source_file']).name}:{r['first_seen_line']} |\n")
        fh.write("\n_Extracted by regex; verify each value against the original screenshot/export before filing._\n")

    by = collections.Counter(r["type"] for r in rows)
    print(f"{len(rows)} indicators -> {a.out}.csv, {a.out}.md")
    print("  " + ", ".join(f"{k}:{v}" for k, v in by.items()))


if __name__ == "__main__":
    main()
