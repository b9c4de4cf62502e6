#!/usr/bin/env python3
"""Minimal Procore RFI client (REST v1.0)."""
import argparse, json, os, sys, urllib.parse, urllib.request

API = "https://api.procore.com"


def token():
    data = urllib.parse.urlencode({
        "grant_type": "client_credentials",
        "client_id": os.environ["PROCORE_CLIENT_ID"],
        "client_secret": os.environ["PROCORE_CLIENT_SECRET"],
    }).encode()
    with urllib.request.urlopen(API + "/oauth/token", data=data) as r:
        return json.load(r)["access_token"]


def call(method, path, tok, body=None):
    req = urllib.request.Request(API + path, method=method,
                                 data=json.dumps(body).encode() if body else None,
                                 headers={"Authorization": "Bearer " + tok,
                                          "Procore-Company-Id": os.environ["PROCORE_COMPANY_ID"],
                                          "Content-Type": "application/json"})
    with urllib.request.urlopen(req) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--project", required=True)
    ap.add_argument("--list", action="store_true")
    ap.add_argument("--json", action="store_true")
    ap.add_argument("--create", action="store_true")
    ap.add_argument("--subject"); ap.add_argument("--question"); ap.add_argument("--assignee")
    a = ap.parse_args()
    tok = token()
    if a.list:
        rfis = call("GET", f"/rest/v1.0/projects/{a.project}/rfis?filters[status]=open&per_page=200", tok)
        if a.json:
            json.dump(rfis, sys.stdout, indent=2)
        else:
            for r in rfis:
                print(f"#{r['number']:>4}  {r.get('due_date') or '-':10}  {r['subject'][:70]}")
    elif a.create:
        body = {"rfi": {"subject": a.subject, "question": {"body": a.question}, "assignee_id": a.assignee}}
        print(json.dumps(call("POST", f"/rest/v1.0/projects/{a.project}/rfis", tok, body), indent=2))


if __name__ == "__main__":
    main()
