#!/usr/bin/env python3
"""Draft release notes from merged PRs using the gh CLI."""
import argparse
import json
import re
import subprocess
import sys
from pathlib import Path

try:
    import yaml
except ImportError:
    sys.exit("PyYAML is required: python3 -m pip install --user pyyaml")

BREAKING_TITLE = re.compile(r"^\w+(\([^)]*\))?!:")


def run(*cmd):
    p = subprocess.run(cmd, capture_output=True, text=True)
    if p.returncode != 0:
        sys.exit(f"{' '.join(cmd[:3])} failed: {p.stderr.strip()}")
    return p.stdout.strip()


def load_config():
    root = Path(run("git", "rev-parse", "--show-toplevel"))
    repo_cfg = root / ".github" / "release.yml"
    path = repo_cfg if repo_cfg.exists() else Path(__file__).resolve().parent.parent / "assets" / "categories.yml"
    with open(path, encoding="utf-8") as fh:
        return yaml.safe_load(fh)["changelog"]


def tag_date(tag):
    return run("git", "log", "-1", "--format=%cI", tag)


def merged_prs(since_iso):
    out = run(
        "gh", "pr", "list", "--state", "merged", "--limit", "500",
        "--search", f"merged:>{since_iso}",
        "--json", "number,title,labels,author,mergedAt",
    )
    return json.loads(out)


def categorise(prs, cfg):
    excl_labels = set(cfg.get("exclude", {}).get("labels", []))
    excl_authors = set(cfg.get("exclude", {}).get("authors", []))
    sections = {c["title"]: [] for c in cfg["categories"]}
    for pr in sorted(prs, key=lambda p: p["mergedAt"]):
        labels = {l["name"] for l in pr["labels"]}
        author = pr["author"]["login"]
        if labels & excl_labels or author.replace("[bot]", "").replace("app/", "") in excl_authors:
            continue
        if BREAKING_TITLE.match(pr["title"]):
            labels.add("breaking-change")
        for cat in cfg["categories"]:
            if "*" in cat["labels"] or labels & set(cat["labels"]):
                sections[cat["title"]].append(pr)
                break
    return sections


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--since", help="previous tag (default: latest tag)")
    ap.add_argument("--version", default="Unreleased")
    a = ap.parse_args()

    since = a.since or run("git", "describe", "--tags", "--abbrev=0")
    cfg = load_config()
    prs = merged_prs(tag_date(since))
    sections = categorise(prs, cfg)

    print(f"# {a.version}\n")
    print(f"_Changes since {since}._\n")
    contributors = set()
    for title, items in sections.items():
        if not items:
            continue
        print(f"## {title}\n")
        for pr in items:
            login = pr["author"]["login"]
            contributors.add(login)
            print(f"- {pr['title']} (#{pr['number']}) @{login}")
        print()
    if contributors:
        print("## Contributors\n")
        print(", ".join(f"@{c}" for c in sorted(contributors)))


if __name__ == "__main__":
    main()
