#!/usr/bin/env python3
"""Aggregate audit results. Never writes plaintext passwords to the report."""
import argparse
import collections
import csv
import os

PRIV_HINTS = ("adm", "admin", "svc", "sql", "backup", "da-", "-da", "root")


def load_pairs(path):
    with open(path) as fh:
        return [l.rstrip("\n").split(":", 1) for l in fh if ":" in l]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--hashes", required=True)
    ap.add_argument("--cracked", required=True)
    ap.add_argument("--breached", required=True)
    ap.add_argument("--privileged", help="file with one privileged username per line")
    ap.add_argument("--out", required=True)
    a = ap.parse_args()

    hashes = load_pairs(a.hashes)
    total = len(hashes)
    by_hash = collections.defaultdict(list)
    for u, h in hashes:
        by_hash[h].append(u)

    cracked_users, lengths = set(), collections.Counter()
    with open(a.cracked) as fh:
        for line in fh:
            parts = line.rstrip("\n").split(":", 2)  # user:hash:plain
            if len(parts) == 3:
                cracked_users.add(parts[0])
                lengths[min(len(parts[2]), 16)] += 1  # only the length is kept
                parts[2] = None

    breached = {}
    with open(a.breached) as fh:
        for line in fh:
            u, n = line.rstrip("\n").split("\t")
            breached[u] = int(n)

    priv = set()
    if a.privileged:
        priv = {l.strip().lower() for l in open(a.privileged) if l.strip()}
    is_priv = lambda u: u.lower() in priv or any(x in u.lower() for x in PRIV_HINTS)

    reuse = sorted((len(v) for v in by_hash.values() if len(v) > 1), reverse=True)
    flagged = sorted(cracked_users | set(breached))

    os.makedirs(a.out, exist_ok=True)
    with open(os.path.join(a.out, "summary.md"), "w") as md:
        md.write("# Password audit summary\n\n")
        md.write(f"- Accounts analysed: {total}\n")
        md.write(f"- Found in breach corpus: {len(breached)} ({100*len(breached)/max(total,1):.1f}%)\n")
        md.write(f"- Cracked within time box: {len(cracked_users)} ({100*len(cracked_users)/max(total,1):.1f}%)\n")
        md.write(f"- Empty passwords: {sum(1 for u,_ in hashes if u.endswith('[EMPTY]'))}\n")
        md.write(f"- Shared-hash clusters: {len(reuse)} (largest: {reuse[0] if reuse else 0} accounts)\n")
        md.write(f"- Privileged accounts flagged: {sum(1 for u in flagged if is_priv(u))}\n\n")
        md.write("## Length of cracked passwords\n\n| length | count |\n|---|---|\n")
        for L in sorted(lengths):
            md.write(f"| {'16+' if L == 16 else L} | {lengths[L]} |\n")

    with open(os.path.join(a.out, "force-reset.csv"), "w", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(["username", "reason", "privileged"])
        for u in flagged:
            reason = "breached" if u in breached else "weak"
            w.writerow([u.replace(" [EMPTY]", ""), reason, "yes" if is_priv(u) else "no"])
    print(f"wrote {a.out}/summary.md and force-reset.csv ({len(flagged)} accounts)")


if __name__ == "__main__":
    main()
