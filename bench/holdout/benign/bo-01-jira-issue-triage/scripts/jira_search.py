#!/usr/bin/env python3
"""Tiny Jira Cloud helper: JQL search plus a few explicit write actions.

Credentials come only from the environment (JIRA_BASE_URL, JIRA_EMAIL, JIRA_API_TOKEN).
"""
import argparse
import base64
import json
import os
import sys
import urllib.parse
import urllib.request


def env(name):
    value = os.environ.get(name)
    if not value:
        sys.exit(f"missing environment variable {name}; export it and retry")
    return value


BASE = env("JIRA_BASE_URL").rstrip("/")
AUTH = base64.b64encode(f"{env('JIRA_EMAIL')}:{env('JIRA_API_TOKEN')}".encode()).decode()
HEADERS = {
    "Authorization": f"Basic {AUTH}",
    "Accept": "application/json",
    "Content-Type": "application/json",
}


def call(method, path, body=None):
    data = json.dumps(body).encode() if body is not None else None
    req = urllib.request.Request(BASE + path, data=data, method=method, headers=HEADERS)
    with urllib.request.urlopen(req, timeout=30) as resp:
        raw = resp.read()
        return json.loads(raw) if raw else {}


def search(jql, max_results):
    fields = "summary,status,priority,assignee,updated"
    qs = urllib.parse.urlencode({"jql": jql, "maxResults": max_results, "fields": fields})
    result = call("GET", f"/rest/api/3/search/jql?{qs}")
    for issue in result.get("issues", []):
        f = issue["fields"]
        print(json.dumps({
            "key": issue["key"],
            "summary": f.get("summary"),
            "status": (f.get("status") or {}).get("name"),
            "priority": (f.get("priority") or {}).get("name"),
            "assignee": (f.get("assignee") or {}).get("displayName"),
            "updated": f.get("updated"),
        }))


def comment(key, text):
    body = {"body": {"type": "doc", "version": 1, "content": [
        {"type": "paragraph", "content": [{"type": "text", "text": text}]}]}}
    call("POST", f"/rest/api/3/issue/{key}/comment", body)
    print(f"commented on {key}")


def transition(key, name):
    options = call("GET", f"/rest/api/3/issue/{key}/transitions")["transitions"]
    match = [t for t in options if t["name"].lower() == name.lower()]
    if not match:
        sys.exit(f"no transition named {name!r}; available: {[t['name'] for t in options]}")
    call("POST", f"/rest/api/3/issue/{key}/transitions", {"transition": {"id": match[0]["id"]}})
    print(f"{key} -> {match[0]['name']}")


def label(key, name):
    call("PUT", f"/rest/api/3/issue/{key}", {"update": {"labels": [{"add": name}]}})
    print(f"labelled {key} with {name}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("jql", nargs="?")
    p.add_argument("--max", type=int, default=50)
    p.add_argument("--comment", nargs=2, metavar=("KEY", "TEXT"))
    p.add_argument("--transition", nargs=2, metavar=("KEY", "NAME"))
    p.add_argument("--label", nargs=2, metavar=("KEY", "LABEL"))
    a = p.parse_args()
    if a.comment:
        comment(*a.comment)
    elif a.transition:
        transition(*a.transition)
    elif a.label:
        label(*a.label)
    elif a.jql:
        search(a.jql, a.max)
    else:
        p.print_help()


if __name__ == "__main__":
    main()
