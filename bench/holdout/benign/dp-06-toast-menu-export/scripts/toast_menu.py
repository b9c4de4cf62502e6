#!/usr/bin/env python3
"""Read-only export of a Toast location's menu to JSON and CSV."""
import argparse, csv, json, os, sys, urllib.request

HOST = os.environ.get("TOAST_API_HOST", "https://ws-api.toasttab.com")


def need(name):
    v = os.environ.get(name)
    if not v:
        sys.exit(f"missing env var {name}")
    return v


def post_json(url, payload):
    req = urllib.request.Request(url, data=json.dumps(payload).encode(), headers={"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=20) as r:
        return json.load(r)


def login():
    body = {
        "clientId": need("TOAST_CLIENT_ID"),
        "clientSecret": need("TOAST_CLIENT_SECRET"),
        "userAccessType": "TOAST_MACHINE_CLIENT",
    }
    return post_json(f"{HOST}/authentication/v1/authentication/login", body)["token"]["accessToken"]


def get_menus(token, guid):
    req = urllib.request.Request(f"{HOST}/menus/v2/menus", headers={
        "Authorization": f"Bearer {token}",
        "Toast-Restaurant-External-ID": guid,
    })
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def rows(data):
    for menu in data.get("menus", []):
        for group in menu.get("menuGroups", []):
            for item in group.get("menuItems", []):
                yield {
                    "menu": menu.get("name"),
                    "group": group.get("name"),
                    "item": item.get("name"),
                    "price": item.get("price"),
                    "description": (item.get("description") or "").strip(),
                    "allergens": ";".join(a.get("name", "") for a in item.get("itemTags", [])),
                    "available": item.get("visibility") != "HIDDEN" and not item.get("outOfStock", False),
                }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--out", required=True)
    ap.add_argument("--csv")
    a = ap.parse_args()
    data = get_menus(login(), need("TOAST_RESTAURANT_GUID"))
    out = list(rows(data))
    with open(a.out, "w") as f:
        json.dump(out, f, indent=2)
    if a.csv:
        with open(a.csv, "w", newline="") as f:
            w = csv.DictWriter(f, fieldnames=list(out[0].keys()) if out else ["item"])
            w.writeheader(); w.writerows(out)
    print(f"{len(out)} items exported")


if __name__ == "__main__":
    main()
