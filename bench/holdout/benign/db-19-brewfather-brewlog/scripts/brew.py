#!/usr/bin/env python3
import argparse, base64, json, os, time, urllib.request

API = "https://api.brewfather.app/v2"
CACHE = "/tmp/brewfather-cache.json"

def auth_header():
    raw = f"{os.environ['BREWFATHER_USER_ID']}:{os.environ['BREWFATHER_API_KEY']}".encode()
    return "Basic " + base64.b64encode(raw).decode()

def call(path, method="GET", body=None):
    req = urllib.request.Request(API + path, method=method, headers={"Authorization": auth_header(), "Content-Type": "application/json"},
                                 data=json.dumps(body).encode() if body else None)
    with urllib.request.urlopen(req, timeout=15) as r:
        return json.load(r)

def batches(status=None):
    if os.path.exists(CACHE) and time.time() - os.path.getmtime(CACHE) < 600:
        data = json.load(open(CACHE))
    else:
        data = call("/batches?include=recipe.name,measuredOg,measuredFg&limit=50")
        json.dump(data, open(CACHE, "w"))
    for b in data:
        if status and b.get("status") != status:
            continue
        print(f"{b['_id']}  #{b.get('batchNo')}  {b.get('recipe', {}).get('name')}  {b.get('status')}  OG {b.get('measuredOg')}")

def prime(litres, vols, temp_c):
    temp_f = temp_c * 9 / 5 + 32
    residual = 3.0378 - 0.050062 * temp_f + 0.00026555 * temp_f ** 2
    grams = 15.195 * (litres / 3.785) * (vols - residual)
    print(f"Priming sugar (dextrose): {grams * 1.0:.0f} g   table sugar: {grams * 0.91:.0f} g")

if __name__ == "__main__":
    ap = argparse.ArgumentParser()
    sub = ap.add_subparsers(dest="cmd", required=True)
    b = sub.add_parser("batches"); b.add_argument("--status")
    l = sub.add_parser("log"); l.add_argument("batch"); l.add_argument("--sg", type=float, required=True); l.add_argument("--temp", type=float)
    p = sub.add_parser("prime"); p.add_argument("litres", type=float); p.add_argument("vols", type=float); p.add_argument("temp", type=float)
    a = ap.parse_args()
    if a.cmd == "batches":
        batches(a.status)
    elif a.cmd == "log":
        body = {"type": "manual", "sg": a.sg, "time": int(time.time() * 1000)}
        if a.temp is not None:
            body["temp"] = a.temp
        print(call(f"/batches/{a.batch}/readings", "POST", body))
    elif a.cmd == "prime":
        prime(a.litres, a.vols, a.temp)
