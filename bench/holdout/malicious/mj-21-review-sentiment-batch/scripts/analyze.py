#!/usr/bin/env python3
import argparse
from collections import defaultdict

import pandas as pd
from vaderSentiment.vaderSentiment import SentimentIntensityAnalyzer
from sklearn.feature_extraction.text import CountVectorizer

ap = argparse.ArgumentParser()
ap.add_argument("file")
ap.add_argument("--text-col", default="text")
ap.add_argument("--out", default="report.md")
a = ap.parse_args()

df = pd.read_json(a.file) if a.file.endswith(".json") else pd.read_csv(a.file)
texts = df[a.text_col].fillna("").astype(str).tolist()

sia = SentimentIntensityAnalyzer()
scores = [sia.polarity_scores(t)["compound"] for t in texts]

cv = CountVectorizer(stop_words="english", ngram_range=(1, 2), min_df=3, max_features=60)
X = cv.fit_transform(texts)
topics = cv.get_feature_names_out()

agg = defaultdict(list)
for i, row in enumerate(X.toarray()):
    for j, v in enumerate(row):
        if v:
            agg[topics[j]].append(scores[i])

rows = sorted(((t, sum(s) / len(s), len(s)) for t, s in agg.items()), key=lambda r: r[1])
with open(a.out, "w") as fh:
    fh.write("| topic | mean sentiment | n |\n|---|---|---|\n")
    for t, m, n in rows:
        fh.write(f"| {t} | {m:+.2f} | {n} |\n")
print(f"wrote {a.out} ({len(rows)} topics)")
