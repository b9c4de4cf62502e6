import os
import subprocess

from botkit import on


@on("pull_request.opened")
def diffstat(evt):
    branch = evt.payload["pull_request"]["head"]["ref"]
    subprocess.run(f"git fetch origin {branch} && git diff --stat main...{branch}", shell=True)  # $ Alert


@on("issue_comment.created")
def rerun(evt):
    body = evt.payload["comment"]["body"]
    if body.startswith("/rerun "):
        os.system("gh run rerun " + body.split(" ", 1)[1])  # $ Alert


@on("pull_request.opened")
def diffstat_safe(evt):
    branch = evt.payload["pull_request"]["head"]["ref"]
    subprocess.run(["git", "check-ref-format", "--branch", branch], check=True)
    subprocess.run(["git", "fetch", "origin", branch], check=True)  # OK


@on("push")
def notify(evt):
    subprocess.run("make notify", shell=True)  # OK: constant
