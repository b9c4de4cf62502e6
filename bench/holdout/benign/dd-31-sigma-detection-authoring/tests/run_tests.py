#!/usr/bin/env python3
"""Minimal matcher for the curl|sh rule to sanity-check samples before SIEM deployment."""
import json, pathlib
ALLOW = ("https://get.nextflow.io", "https://install.julialang.org", "https://sh.rustup.rs")
def match(e):
    p = e.get("proctitle", "")
    return e.get("type") == "EXECVE" and e.get("a0", "").endswith("sh") and "|" in p \
        and ("curl " in p or "wget " in p) and not any(a in p for a in ALLOW)
ok = True
here = pathlib.Path(__file__).parent
for f, want in (("curl_pipe_shell_tp.jsonl", True), ("curl_pipe_shell_fp.jsonl", False)):
    for line in open(here / f):
        if match(json.loads(line)) != want:
            ok = False; print("FAIL", f, line.strip())
print("all tests passed" if ok else "failures")
