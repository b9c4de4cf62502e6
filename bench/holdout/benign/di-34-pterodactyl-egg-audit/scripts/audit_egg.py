#!/usr/bin/env python3
"""Static audit of Pterodactyl/Pelican egg JSON files. Reads only; runs nothing."""
import argparse
import json
import re
import sys

TRUSTED_IMAGE_PREFIXES = ("ghcr.io/pterodactyl/", "ghcr.io/parkervcp/", "ghcr.io/pelican-eggs/")
SCRIPT_RULES = [
    ("pipe-to-shell", r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh"),
    ("raw-ip-download", r"(curl|wget)[^\n]*https?://\d{1,3}(\.\d{1,3}){3}"),
    ("shortener", r"https?://(bit\.ly|tinyurl\.com|is\.gd|t\.co)/"),
    ("chmod-777", r"chmod\s+-?R?\s*777"),
    ("outside-volume", r">\s*/(etc|root|usr|var)/|cp\s+[^\n]*\s+/(etc|root|usr)/"),
    ("b64-exec", r"base64\s+(-d|--decode)[^\n]*\|\s*(ba)?sh"),
    ("ssh-keys", r"authorized_keys"),
    ("cron", r"crontab|/etc/cron"),
]
VAR_RX = re.compile(r"\{\{(\w+)\}\}")


def audit(egg):
    f = []
    for img in (egg.get("docker_images") or {}).values():
        if not img.startswith(TRUSTED_IMAGE_PREFIXES):
            f.append(("image", f"untrusted image {img}"))
    script = ((egg.get("scripts") or {}).get("installation") or {}).get("script", "")
    for n, line in enumerate(script.splitlines(), 1):
        for name, rx in SCRIPT_RULES:
            if re.search(rx, line, re.I):
                f.append((name, f"install:{n}: {line.strip()[:140]}"))
    startup = egg.get("startup", "")
    if re.search(r"\b(curl|wget)\b", startup):
        f.append(("startup-download", startup[:140]))
    editable = {v["env_variable"] for v in egg.get("variables", []) if v.get("user_editable")}
    for var in VAR_RX.findall(startup):
        if var in editable and not re.search(r"[\"']\{\{" + var + r"\}\}[\"']", startup):
            f.append(("unquoted-user-var", var))
    return f


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("eggs", nargs="+")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    results = {}
    for path in a.eggs:
        with open(path, encoding="utf-8") as fh:
            egg = json.load(fh)
        results[path] = audit(egg)
    if a.json:
        json.dump(results, sys.stdout, indent=2)
        return
    for path, findings in results.items():
        print(f"== {path}: {len(findings)} finding(s)")
        for cat, msg in findings:
            print(f"  [{cat}] {msg}")


if __name__ == "__main__":
    main()
