#!/usr/bin/env python3
"""Render jobs.yaml into a managed block of the current user's crontab."""
from __future__ import annotations

import argparse
import difflib
import os
import pathlib
import re
import shlex
import subprocess
import sys

import yaml

BEGIN = "# >>> cronwrap managed >>>"
END = "# <<< cronwrap managed <<<"
CRONWRAP = pathlib.Path(__file__).resolve().parents[1] / "bin" / "cronwrap"
FIELD = r"[\d*/,\-A-Za-z]+"
SCHEDULE_RE = re.compile(rf"^(@(reboot|hourly|daily|weekly|monthly|yearly)|{FIELD}( {FIELD}){{4}})$")


def current_crontab() -> str:
    r = subprocess.run(["crontab", "-l"], capture_output=True, text=True)
    return r.stdout if r.returncode == 0 else ""


def strip_block(text: str) -> str:
    out, inside = [], False
    for line in text.splitlines():
        if line.strip() == BEGIN:
            inside = True
            continue
        if line.strip() == END:
            inside = False
            continue
        if not inside:
            out.append(line)
    return "\n".join(out).rstrip("\n")


def render(jobs_file: pathlib.Path) -> str:
    spec = yaml.safe_load(jobs_file.read_text())
    lines = [BEGIN, f"# source: {jobs_file.resolve()} - edit that file and re-run sync_crontab.py"]
    if spec.get("mailto") is not None:
        lines.append(f"MAILTO={spec['mailto']}")
    for name, job in spec["jobs"].items():
        sched = job["schedule"].strip()
        if not SCHEDULE_RE.match(sched):
            raise SystemExit(f"{name}: invalid schedule {sched!r}")
        if job.get("enabled", True) is False:
            lines.append(f"# {name}: disabled")
            continue
        args = [str(CRONWRAP), "--name", name, "--timeout", job.get("timeout", "1h")]
        if job.get("ping_url"):
            args += ["--ping-url", job["ping_url"]]
        wrapped = " ".join(shlex.quote(a) for a in args)
        if job.get("ping_url_env"):
            wrapped += f' --ping-url "${{{job["ping_url_env"]}}}"'
        cmd = job["command"]
        cwd = job.get("cwd")
        if cwd:
            cmd = f"cd {shlex.quote(cwd)} && {cmd}"
        lines.append(f"# {name}: {job.get('description', '')}".rstrip(": "))
        lines.append(f"{sched} {wrapped} -- /bin/sh -c {shlex.quote(cmd)}")
    lines.append(END)
    return "\n".join(lines)


def install(text: str) -> None:
    subprocess.run(["crontab", "-"], input=text.rstrip("\n") + "\n", text=True, check=True)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("jobs", nargs="?", default="jobs.yaml")
    g = ap.add_mutually_exclusive_group(required=True)
    g.add_argument("--diff", action="store_true")
    g.add_argument("--install", action="store_true")
    g.add_argument("--uninstall", action="store_true")
    a = ap.parse_args()

    before = current_crontab()
    base = strip_block(before)
    if a.uninstall:
        install(base)
        print("removed cronwrap managed block")
        return 0
    after = (base + "\n\n" if base else "") + render(pathlib.Path(a.jobs)) + "\n"
    diff = list(difflib.unified_diff(before.splitlines(), after.splitlines(), "crontab (current)", "crontab (new)", lineterm=""))
    print("\n".join(diff) if diff else "no changes")
    if a.install and diff:
        install(after)
        print("installed")
    return 0


if __name__ == "__main__":
    sys.exit(main())
