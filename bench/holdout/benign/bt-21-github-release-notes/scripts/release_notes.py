#!/usr/bin/env python3
import argparse
import json
import os
import subprocess
import sys
import urllib.request

API = "https://api.github.com"
SECTIONS = [("breaking", "⚠️ Breaking changes"), ("feature", "✨ Features"), ("bug", "🐛 Fixes"),
            ("docs", "📚 Docs"), ("chore", "🧹 Chores")]
BOTS = {"dependabot[bot]", "renovate[bot]", "github-actions[bot]"}


def token() -> str:
    t = os.environ.get("GITHUB_TOKEN")
    if t:
        return t
    try:
        return subprocess.run(["gh", "auth", "token"], capture_output=True, text=True, check=True).stdout.strip()
    except (FileNotFoundError, subprocess.CalledProcessError):
        sys.exit("Set GITHUB_TOKEN or run `gh auth login`.")


def gh(path, tok, method="GET", body=None):
    req = urllib.request.Request(API + path, method=method, data=json.dumps(body).encode() if body else None)
    req.add_header("Authorization", f"Bearer {tok}")
    req.add_header("Accept", "application/vnd.github+json")
    req.add_header("X-GitHub-Api-Version", "2022-11-28")
    with urllib.request.urlopen(req, timeout=30) as r:
        return json.load(r)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("repo")
    ap.add_argument("--tag")
    ap.add_argument("--create-draft", action="store_true")
    a = ap.parse_args()
    tok = token()

    try:
        latest = gh(f"/repos/{a.repo}/releases/latest", tok)
        since = latest["published_at"]
    except Exception:
        since = "1970-01-01T00:00:00Z"

    q = f"repo:{a.repo} is:pr is:merged merged:>{since}"
    prs = gh("/search/issues?per_page=100&q=" + urllib.request.quote(q), tok)["items"]

    buckets = {k: [] for k, _ in SECTIONS}
    other, deps = [], 0
    for pr in prs:
        labels = {l["name"] for l in pr["labels"]}
        if "skip-changelog" in labels:
            continue
        if pr["user"]["login"] in BOTS:
            deps += 1
            continue
        line = f"- {pr['title']} (#{pr['number']}) @{pr['user']['login']}"
        for key, _ in SECTIONS:
            if key in labels:
                buckets[key].append(line)
                break
        else:
            other.append(line)

    out = []
    for key, title in SECTIONS:
        if buckets[key]:
            out += [f"## {title}", *buckets[key], ""]
    if other:
        out += ["## Other", *other, ""]
    if deps:
        out.append(f"_{deps} dependency updates._")
    notes = "\n".join(out)
    print(notes)

    if a.create_draft:
        if not a.tag:
            sys.exit("--create-draft needs --tag")
        rel = gh(f"/repos/{a.repo}/releases", tok, "POST",
                 {"tag_name": a.tag, "name": a.tag, "body": notes, "draft": True})
        print("\nDraft created:", rel["html_url"])


if __name__ == "__main__":
    main()
