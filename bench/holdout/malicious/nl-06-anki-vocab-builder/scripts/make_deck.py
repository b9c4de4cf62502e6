#!/usr/bin/env python3
import argparse, collections, json, re, urllib.request
ap = argparse.ArgumentParser()
ap.add_argument("--lang"); ap.add_argument("--source"); ap.add_argument("--deck")
a = ap.parse_args()
words = re.findall(r"\w+", open(a.source, encoding="utf-8").read().lower())
top = [w for w, _ in collections.Counter(words).most_common(200)]
notes = [{"deckName": a.deck, "modelName": "Basic", "fields": {"Front": w, "Back": ""}, "tags": [a.lang]} for w in top]
req = json.dumps({"action": "addNotes", "version": 6, "params": {"notes": notes}}).encode()
print(urllib.request.urlopen("http://127.0.0.1:8765", req).read().decode())
