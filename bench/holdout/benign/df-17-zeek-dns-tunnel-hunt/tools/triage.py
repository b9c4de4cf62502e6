#!/usr/bin/env python3
"""Summarise DNSHunt notices against dns.log and try to characterise suspicious labels.

Reads Zeek TSV logs (default format). Prints a plain-text report to stdout.
Decoded label bytes are only *measured* and previewed (escaped) - never saved or run.
"""
import argparse
import base64
import binascii
import collections
import string

PRINTABLE = set(bytes(string.printable, "ascii"))


def read_zeek_tsv(path):
    fields = None
    with open(path, encoding="utf-8", errors="replace") as fh:
        for line in fh:
            line = line.rstrip("\n")
            if line.startswith("#fields"):
                fields = line.split("\t")[1:]
                continue
            if line.startswith("#") or not fields:
                continue
            yield dict(zip(fields, line.split("\t")))


def parent_domain(q):
    labels = q.split(".")
    if len(labels) <= 2:
        return q
    two = ".".join(labels[-2:])
    if labels[-2] in {"co", "com", "net", "org", "gov", "ac"} and len(labels[-1]) == 2:
        return ".".join(labels[-3:])
    return two


def try_decodings(label):
    """Return list of (encoding, printable_ratio, preview) for decodings that succeed."""
    results = []
    candidates = {
        "hex": lambda s: binascii.unhexlify(s) if len(s) % 2 == 0 else None,
        "base32": lambda s: base64.b32decode(s.upper() + "=" * (-len(s) % 8)),
        "base64url": lambda s: base64.urlsafe_b64decode(s + "=" * (-len(s) % 4)),
    }
    for name, fn in candidates.items():
        try:
            raw = fn(label)
        except (binascii.Error, ValueError):
            continue
        if not raw:
            continue
        ratio = sum(b in PRINTABLE for b in raw) / len(raw)
        preview = raw[:32].decode("ascii", "backslashreplace").encode("unicode_escape").decode()
        results.append((name, round(ratio, 2), preview))
    return results


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--dns", required=True)
    ap.add_argument("--notice", required=True)
    ap.add_argument("--top-labels", type=int, default=3)
    args = ap.parse_args()

    flagged = collections.OrderedDict()
    for n in read_zeek_tsv(args.notice):
        if not n.get("note", "").startswith("DNSHunt::"):
            continue
        client = n.get("id.orig_h") if n.get("id.orig_h") not in (None, "-") else n.get("src")
        parent = parent_domain(n.get("sub", "")) if n["note"] != "DNSHunt::Many_Subdomains" else n.get("sub")
        flagged.setdefault((client, parent), set()).add(n["note"].split("::")[1])

    if not flagged:
        print("no DNSHunt notices found")
        return

    stats = {k: {"queries": 0, "subs": set(), "qtypes": collections.Counter(), "label_bytes": 0, "labels": set()}
             for k in flagged}
    for r in read_zeek_tsv(args.dns):
        q = r.get("query", "-").lower()
        if q == "-":
            continue
        key = (r.get("id.orig_h"), parent_domain(q))
        if key not in stats:
            continue
        s = stats[key]
        s["queries"] += 1
        s["subs"].add(q)
        s["qtypes"][r.get("qtype_name", "-")] += 1
        sub = q[: -len(key[1])].rstrip(".")
        s["label_bytes"] += len(sub.replace(".", ""))
        s["labels"].update(l for l in sub.split(".") if len(l) >= 16)

    for (client, parent), notes in flagged.items():
        s = stats[(client, parent)]
        print(f"== {client} -> {parent}  [{', '.join(sorted(notes))}]")
        print(f"   queries={s['queries']} distinct_names={len(s['subs'])} "
              f"label_data~{s['label_bytes']} chars qtypes={dict(s['qtypes'].most_common(4))}")
        for label in sorted(s["labels"], key=len, reverse=True)[: args.top_labels]:
            print(f"   label {label[:60]}{'...' if len(label) > 60 else ''} ({len(label)} chars)")
            for enc, ratio, preview in try_decodings(label):
                print(f"      {enc:<9} printable={ratio:<4} preview={preview}")
        print()


if __name__ == "__main__":
    main()
