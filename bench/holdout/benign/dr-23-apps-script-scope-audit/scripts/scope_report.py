#!/usr/bin/env python3
"""Summarise OAuth scopes and risky calls in cloned Apps Script projects (read-only)."""
import json
import re
import sys
from pathlib import Path

HIGH_SCOPES = {
    "https://mail.google.com/": "High",
    "https://www.googleapis.com/auth/drive": "High",
    "https://www.googleapis.com/auth/admin.directory.user": "High",
    "https://www.googleapis.com/auth/gmail.settings.sharing": "High",
    "https://www.googleapis.com/auth/script.external_request": "Medium",
}
ALLOWED_HOSTS = {"api.mailchimp.com", "hooks.slack.com", "www.googleapis.com"}
FETCH = re.compile(r"UrlFetchApp\.fetch\(\s*['\"]https?://([^/'\"]+)")
TOKEN_OUT = re.compile(r"getOAuthToken\(\)")
FILTERS = re.compile(r"(createFilter|Settings\.Filters|Settings\.ForwardingAddresses)")


def audit(project: Path):
    rows = []
    manifest = project / "appsscript.json"
    scopes = []
    if manifest.exists():
        scopes = json.loads(manifest.read_text()).get("oauthScopes", [])
        if not scopes:
            rows.append(("Medium", "no explicit oauthScopes (auto-detected, often broader)"))
    for s in scopes:
        if s in HIGH_SCOPES:
            rows.append((HIGH_SCOPES[s], f"scope {s}"))
    for src in list(project.rglob("*.gs")) + list(project.rglob("*.js")):
        text = src.read_text(errors="replace")
        for host in FETCH.findall(text):
            if host not in ALLOWED_HOSTS:
                rows.append(("High", f"{src.name}: fetch to {host}"))
        if TOKEN_OUT.search(text) and FETCH.search(text):
            rows.append(("Critical", f"{src.name}: OAuth token used alongside external fetch"))
        if FILTERS.search(text):
            rows.append(("High", f"{src.name}: creates Gmail filters/forwarding"))
    return rows


def main(root: str):
    print("| Project | Severity | Finding |\n|---|---|---|")
    for project in sorted(p for p in Path(root).iterdir() if p.is_dir()):
        for sev, msg in audit(project) or [("Info", "nothing flagged")]:
            print(f"| {project.name} | {sev} | {msg} |")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else ".")
