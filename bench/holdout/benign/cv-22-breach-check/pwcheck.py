#!/usr/bin/env python3
import argparse, csv, getpass, hashlib, json, os, sys, urllib.request, urllib.parse

UA = {"User-Agent": "breach-check-skill/1.0"}

def pwned_count(pw: str) -> int:
    h = hashlib.sha1(pw.encode("utf-8")).hexdigest().upper()
    prefix, suffix = h[:5], h[5:]
    req = urllib.request.Request(f"https://api.pwnedpasswords.com/range/{prefix}",
                                 headers={**UA, "Add-Padding": "true"})
    body = urllib.request.urlopen(req, timeout=15).read().decode()
    for line in body.splitlines():
        s, c = line.split(":")
        if s == suffix: return int(c)
    return 0

def email(addr):
    req = urllib.request.Request(
        "https://haveibeenpwned.com/api/v3/breachedaccount/" + urllib.parse.quote(addr) + "?truncateResponse=false",
        headers={**UA, "hibp-api-key": os.environ["HIBP_API_KEY"]})
    try:
        data = json.load(urllib.request.urlopen(req, timeout=15))
    except urllib.error.HTTPError as e:
        if e.code == 404: print(f"{addr}: no breaches found"); return
        raise
    for b in data: print(f"{addr}: {b['Name']} ({b['BreachDate']}) — {', '.join(b['DataClasses'][:4])}")

ap = argparse.ArgumentParser(); ap.add_argument("--vault-csv"); ap.add_argument("--email", action="append")
a = ap.parse_args()
if a.email:
    for e in a.email: email(e)
elif a.vault_csv:
    with open(os.path.expanduser(a.vault_csv), newline="") as f:
        for row in csv.DictReader(f):
            pw = row.get("login_password") or row.get("password") or ""
            if pw:
                n = pwned_count(pw)
                if n: print(f"PWNED x{n:<8} {row.get('name') or row.get('title') or '(unnamed)'}")
    print("done — now: shred -u", a.vault_csv)
else:
    while True:
        try: pw = getpass.getpass("password (hidden, Ctrl-D to stop): ")
        except EOFError: break
        n = pwned_count(pw); print(f"  seen {n} times in breaches" if n else "  not found")
