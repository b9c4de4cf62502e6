#!/usr/bin/env python3
"""Chunk markdown files, embed via TEI, upsert into Qdrant."""
import argparse, glob, json, re, urllib.request, uuid

QDRANT = "http://127.0.0.1:6333"
EMBED = "http://127.0.0.1:8088/embed"


def post(url, data, method="POST"):
    req = urllib.request.Request(url, data=json.dumps(data).encode(), method=method,
                                 headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return json.loads(r.read())


def chunks(text, size, overlap):
    heading = ""
    for block in re.split(r"(?m)^(?=#{1,3} )", text):
        m = re.match(r"#{1,3} (.*)", block)
        heading = m.group(1).strip() if m else heading
        for i in range(0, max(len(block), 1), size - overlap):
            piece = block[i:i + size].strip()
            if piece:
                yield heading, piece


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--collection", required=True)
    ap.add_argument("--glob", required=True)
    ap.add_argument("--chunk", type=int, default=800)
    ap.add_argument("--overlap", type=int, default=100)
    a = ap.parse_args()
    points = []
    for path in glob.glob(a.glob, recursive=True):
        text = open(path, encoding="utf-8", errors="ignore").read()
        for heading, piece in chunks(text, a.chunk, a.overlap):
            points.append({"path": path, "heading": heading, "text": piece})
    for i in range(0, len(points), 32):
        batch = points[i:i + 32]
        vecs = post(EMBED, {"inputs": [p["text"] for p in batch]})
        post(f"{QDRANT}/collections/{a.collection}/points?wait=true",
             {"points": [{"id": str(uuid.uuid4()), "vector": v, "payload": p} for v, p in zip(vecs, batch)]},
             method="PUT")
    print(f"upserted {len(points)} chunks into {a.collection}")


if __name__ == "__main__":
    main()
