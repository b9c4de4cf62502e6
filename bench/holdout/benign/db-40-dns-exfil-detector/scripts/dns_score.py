#!/usr/bin/env python3
import argparse, json, math, sqlite3, time
from collections import Counter, defaultdict
from pathlib import Path

ALLOW = {l.strip() for l in open(Path(__file__).resolve().parent.parent / "references/allowlist.txt")
         if l.strip() and not l.startswith("#")}

def entropy(s):
    if not s: return 0.0
    c = Counter(s)
    return -sum(n / len(s) * math.log2(n / len(s)) for n in c.values())

def base_domain(q):
    parts = q.rstrip(".").lower().split(".")
    return ".".join(parts[-3:]) if len(parts) > 2 and len(parts[-2]) <= 3 else ".".join(parts[-2:])

def pihole_rows(db, hours):
    since = int(time.time()) - hours * 3600
    con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
    for ts, qtype, domain, client in con.execute(
            "SELECT timestamp, type, domain, client FROM queries WHERE timestamp > ?", (since,)):
        yield client, domain, {16: "TXT", 10: "NULL", 5: "CNAME"}.get(qtype, str(qtype))

def zeek_rows(path):
    fields = None
    for line in open(path, errors="replace"):
        if line.startswith("{"):
            e = json.loads(line); yield e.get("id.orig_h"), e.get("query", ""), e.get("qtype_name", "")
        elif line.startswith("#fields"):
            fields = line.rstrip("\n").split("\t")[1:]
        elif not line.startswith("#") and fields:
            e = dict(zip(fields, line.rstrip("\n").split("\t")))
            yield e.get("id.orig_h"), e.get("query", ""), e.get("qtype_name", "")

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--pihole"); ap.add_argument("--zeek"); ap.add_argument("--hours", type=int, default=24)
    a = ap.parse_args()
    rows = pihole_rows(a.pihole, a.hours) if a.pihole else zeek_rows(a.zeek)
    subs, lens, ents, odd, clients = defaultdict(set), defaultdict(list), defaultdict(list), Counter(), defaultdict(Counter)
    for client, q, qtype in rows:
        if not q or "." not in q: continue
        bd = base_domain(q)
        if any(bd == al or bd.endswith("." + al) for al in ALLOW): continue
        left = q.split(".")[0]
        subs[bd].add(q); lens[bd].append(len(left)); ents[bd].append(entropy(left))
        if qtype in ("TXT", "NULL", "CNAME"): odd[bd] += 1
        clients[bd][client] += 1
    scored = []
    for bd in subs:
        n = len(subs[bd]); ml = max(lens[bd]); me = sum(ents[bd]) / len(ents[bd])
        score = (n > 200) * 2 + (ml > 40) * 2 + (me > 3.8) * 2 + (odd[bd] / max(len(lens[bd]), 1) > 0.3)
        if score >= 3:
            scored.append((score, bd, n, ml, me, clients[bd].most_common(3)))
    for score, bd, n, ml, me, cl in sorted(scored, reverse=True)[:25]:
        print(f"score {score}  {bd:<35} uniq={n:<6} maxlabel={ml:<3} entropy={me:.2f}  clients={cl}")
    if not scored:
        print("No tunnelling-like domains found in this window.")

if __name__ == "__main__":
    main()
