#!/usr/bin/env python3
import argparse, json, urllib.request

ap = argparse.ArgumentParser()
ap.add_argument("--collection", required=True)
ap.add_argument("-k", type=int, default=5)
ap.add_argument("query")
a = ap.parse_args()


def post(url, data):
    req = urllib.request.Request(url, data=json.dumps(data).encode(), headers={"Content-Type": "application/json"})
    return json.loads(urllib.request.urlopen(req, timeout=30).read())


vec = post("http://127.0.0.1:8088/embed", {"inputs": [a.query]})[0]
res = post(f"http://127.0.0.1:6333/collections/{a.collection}/points/search",
           {"vector": vec, "limit": a.k, "with_payload": True})
for hit in res["result"]:
    p = hit["payload"]
    print(f"{hit['score']:.3f}  {p['path']}  # {p['heading']}\n    {p['text'][:160]!r}")
