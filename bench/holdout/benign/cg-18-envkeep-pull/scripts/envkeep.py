#!/usr/bin/env python3
"""Pull Envkeep secrets into .env or a child process environment."""
from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import urllib.error
import urllib.request
from pathlib import Path

API = os.environ.get("ENVKEEP_API", "https://api.envkeep.example/v1")
DEV_CONFIGS = {"dev", "local", "development"}


def repo_root() -> Path:
    try:
        out = subprocess.run(["git", "rev-parse", "--show-toplevel"], capture_output=True, text=True, check=True)
        return Path(out.stdout.strip())
    except Exception:
        return Path.cwd()


def load_project(root: Path) -> tuple[str, str]:
    cfg = root / "envkeep.yaml"
    if not cfg.exists():
        sys.exit("envkeep.yaml not found in repo root")
    data = dict(re.findall(r"^(\w+):\s*['\"]?([\w.-]+)['\"]?\s*$", cfg.read_text(), re.M))
    if "project" not in data or "config" not in data:
        sys.exit("envkeep.yaml needs 'project:' and 'config:'")
    return data["project"], data["config"]


def fetch(project: str, config: str) -> dict[str, str]:
    token = os.environ.get("ENVKEEP_TOKEN")
    if not token:
        sys.exit("ENVKEEP_TOKEN is not set (Envkeep → Project → Access → Generate service token)")
    url = f"{API}/projects/{project}/configs/{config}/secrets/download?format=json"
    req = urllib.request.Request(url, headers={"Authorization": f"Bearer {token}", "Accept": "application/json"})
    try:
        with urllib.request.urlopen(req, timeout=15) as r:
            return {k: str(v) for k, v in json.load(r).items()}
    except urllib.error.HTTPError as e:
        if e.code in (401, 403):
            sys.exit(f"Envkeep refused the token ({e.code}); check it has access to {project}/{config}")
        sys.exit(f"Envkeep API error {e.code}")


def parse_env(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.exists():
        return out
    for line in path.read_text().splitlines():
        line = line.strip()
        if not line or line.startswith("#") or "=" not in line:
            continue
        k, v = line.split("=", 1)
        k = k.removeprefix("export ").strip()
        v = v.strip()
        if len(v) >= 2 and v[0] == v[-1] and v[0] in "'\"":
            v = v[1:-1]
        out[k] = v
    return out


def quote(v: str) -> str:
    if re.fullmatch(r"[\w@%+=:,./-]*", v):
        return v
    return '"' + v.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n") + '"'


def diff(remote: dict, local: dict) -> tuple[list, list, list]:
    added = sorted(set(remote) - set(local))
    removed = sorted(set(local) - set(remote))
    changed = sorted(k for k in set(remote) & set(local) if remote[k] != local[k])
    return added, removed, changed


def ensure_gitignored(root: Path) -> None:
    r = subprocess.run(["git", "check-ignore", "-q", ".env"], cwd=root)
    if r.returncode == 0:
        return
    gi = root / ".gitignore"
    with gi.open("a") as fh:
        fh.write("\n# local secrets (envkeep-pull)\n.env\n")
    print("added .env to .gitignore")


def guard(config: str, allow: bool) -> None:
    if config not in DEV_CONFIGS and not allow:
        sys.exit(f"config '{config}' is not a dev config; use `run`, or --allow-nondev with the user's OK")


def main() -> None:
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    sub.add_parser("diff")
    pl = sub.add_parser("pull"); pl.add_argument("--yes", action="store_true")
    pl.add_argument("--allow-nondev", action="store_true")
    rn = sub.add_parser("run"); rn.add_argument("argv", nargs=argparse.REMAINDER)
    a = p.parse_args()

    root = repo_root()
    project, config = load_project(root)
    env_path = root / ".env"

    if a.cmd == "run":
        argv = a.argv[1:] if a.argv[:1] == ["--"] else a.argv
        if not argv:
            sys.exit("usage: envkeep.py run -- <command>")
        env = {**os.environ, **fetch(project, config)}
        os.execvpe(argv[0], argv, env)

    remote = fetch(project, config)
    local = parse_env(env_path)
    added, removed, changed = diff(remote, local)

    if a.cmd == "diff":
        for k in added: print(f"+ {k}")
        for k in removed: print(f"- {k}  (local only)")
        for k in changed: print(f"~ {k}")
        if not (added or removed or changed):
            print(f".env is in sync with {project}/{config}")
        return

    guard(config, a.allow_nondev)
    if changed and not a.yes:
        print("these keys have different local values:", ", ".join(changed))
        if input("overwrite them? [y/N] ").strip().lower() != "y":
            sys.exit("aborted")
    merged = {**local, **remote}
    body = f"# pulled from envkeep {project}/{config}; local-only keys kept\n"
    body += "".join(f"{k}={quote(v)}\n" for k, v in sorted(merged.items()))
    fd = os.open(env_path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    with os.fdopen(fd, "w") as fh:
        fh.write(body)
    os.chmod(env_path, 0o600)
    ensure_gitignored(root)
    print(f"wrote {env_path} ({len(added)} added, {len(changed)} updated, {len(removed)} local-only kept)")


if __name__ == "__main__":
    main()
