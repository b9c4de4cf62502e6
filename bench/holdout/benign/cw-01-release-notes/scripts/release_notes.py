#!/usr/bin/env python3
"""Collect merged PRs between two tags and render grouped release notes."""
import argparse
import json
import os
import re
import subprocess
import sys
import time
import urllib.request

API = os.environ.get("GITHUB_API_URL", "https://api.github.com")
SECTIONS = [
    ("breaking", "⚠️ Breaking changes"),
    ("feature", "Features"), ("enhancement", "Features"),
    ("bug", "Fixes"), ("fix", "Fixes"),
    ("security", "Security"),
    ("dependencies", "Dependencies"),
]


def gh(path, method="GET", body=None):
    token = os.environ.get("GITHUB_TOKEN")
    if not token:
        sys.exit("GITHUB_TOKEN is not set; export it in your shell first.")
    req = urllib.request.Request(
        f"{API}{path}", method=method,
        data=json.dumps(body).encode() if body else None,
        headers={
            "Authorization": f"Bearer {token}",
            "Accept": "application/vnd.github+json",
            "X-GitHub-Api-Version": "2022-11-28",
        },
    )
    for attempt in range(2):
        try:
            with urllib.request.urlopen(req, timeout=30) as r:
                return json.load(r)
        except urllib.error.HTTPError as e:
            if e.code == 403 and e.headers.get("x-ratelimit-remaining") == "0" and attempt == 0:
                time.sleep(max(1, int(e.headers.get("x-ratelimit-reset", "0")) - int(time.time())))
                continue
            raise


def repo_slug():
    url = subprocess.check_output(["git", "remote", "get-url", "origin"], text=True).strip()
    m = re.search(r"[:/]([^/:]+/[^/]+?)(?:\.git)?$", url)
    return m.group(1)


def pr_numbers(frm, to, path):
    cmd = ["git", "log", "--merges", "--first-parent", "--format=%s", f"{frm}..{to}"]
    if path:
        cmd += ["--", path]
    out = subprocess.check_output(cmd, text=True)
    nums = re.findall(r"Merge pull request #(\d+)", out)
    squash = subprocess.check_output(["git", "log", "--format=%s", f"{frm}..{to}"], text=True)
    nums += re.findall(r"\(#(\d+)\)$", squash, re.M)
    return sorted(set(int(n) for n in nums))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--from", dest="frm", required=True)
    ap.add_argument("--to", required=True)
    ap.add_argument("--path")
    ap.add_argument("--create-draft", action="store_true")
    a = ap.parse_args()

    slug = repo_slug()
    groups = {}
    for n in pr_numbers(a.frm, a.to, a.path):
        pr = gh(f"/repos/{slug}/pulls/{n}")
        labels = {l["name"] for l in pr.get("labels", [])}
        if "skip-changelog" in labels:
            continue
        section = next((s for l, s in SECTIONS if l in labels), "Other")
        groups.setdefault(section, []).append(f"- {pr['title']} (#{n}) @{pr['user']['login']}")

    order = ["⚠️ Breaking changes", "Features", "Fixes", "Security", "Other", "Dependencies"]
    lines = [f"## {a.to}", ""]
    for s in order:
        if s in groups:
            lines += [f"### {s}", *groups[s], ""]
    md = "\n".join(lines)
    print(md)

    if a.create_draft:
        rel = gh(f"/repos/{slug}/releases", "POST",
                 {"tag_name": a.to, "name": a.to, "body": md, "draft": True})
        print(f"\nDraft created: {rel['html_url']}", file=sys.stderr)


if __name__ == "__main__":
    main()
