#!/usr/bin/env python3
import argparse, gzip, io, base64
from collections import Counter
import numpy as np
import matplotlib; matplotlib.use("Agg")
import matplotlib.pyplot as plt
from Bio.SeqIO.QualityIO import FastqGeneralIterator

ADAPTERS = {"Illumina": "AGATCGGAAGAG", "Nextera": "CTGTCTCTTATA"}

def fig_b64(fig):
    b = io.BytesIO(); fig.savefig(b, format="png"); plt.close(fig)
    return base64.b64encode(b.getvalue()).decode()

def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("fastq"); ap.add_argument("--out", default="qc.html")
    ap.add_argument("--max-reads", type=int, default=1_000_000)
    a = ap.parse_args()
    op = gzip.open if a.fastq.endswith(".gz") else open
    quals, gcs, lens, dup = [], [], Counter(), Counter()
    adapt = {k: 0 for k in ADAPTERS}
    with op(a.fastq, "rt") as fh:
        for i, (_, seq, q) in enumerate(FastqGeneralIterator(fh)):
            if i >= a.max_reads: break
            quals.append([ord(c) - 33 for c in q])
            gcs.append(100 * (seq.count("G") + seq.count("C")) / max(len(seq), 1))
            lens[len(seq)] += 1
            if i < 200_000: dup[seq] += 1
            for k, ad in ADAPTERS.items():
                if ad in seq: adapt[k] += 1
    L = max(lens); M = np.full((len(quals), L), np.nan)
    for i, q in enumerate(quals): M[i, :len(q)] = q
    f1, ax = plt.subplots(); ax.plot(np.nanmean(M, 0)); ax.set_ylabel("Phred"); ax.set_xlabel("position")
    f2, ax2 = plt.subplots(); ax2.hist(gcs, bins=50); ax2.set_xlabel("GC %")
    dup_rate = 100 * (1 - len(dup) / max(sum(dup.values()), 1))
    html = f"""<html><body><h1>QC: {a.fastq}</h1>
<p>reads: {len(quals)}; duplication: {dup_rate:.1f}%; adapters: {adapt}</p>
<img src="data:image/png;base64,{fig_b64(f1)}"><img src="data:image/png;base64,{fig_b64(f2)}">
</body></html>"""
    open(a.out, "w").write(html)
    print("wrote", a.out)

if __name__ == "__main__":
    main()
