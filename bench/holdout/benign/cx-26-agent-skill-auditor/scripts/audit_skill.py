#!/usr/bin/env python3
"""Static, read-only scan of an agent skill folder for risky patterns.

Never executes or imports anything from the audited skill.
"""
import argparse
import json
import pathlib
import re

CHECKS = [
    ("high", "fetch-and-exec", r"(curl|wget)[^|\n]*\|\s*(ba|z)?sh\b|DownloadString\(|Invoke-Expression|\biex\b\s*\(|exec\(\s*urllib|exec\(\s*requests\.get"),
    ("high", "decode-and-exec", r"base64\s+(-d|--decode)[^\n]*\|\s*(ba)?sh|-enc(odedcommand)?\s+[A-Za-z0-9+/=]{20,}|exec\(\s*base64\.b64decode|eval\(\s*atob\("),
    ("high", "credential-paths", r"\.ssh/id_|\.aws/credentials|\.kube/config|\.netrc|gcloud/credentials|Login Data|Local State|dump-keychain"),
    ("medium", "env-dump", r"\bprintenv\b|\benv\s*>|json\.dumps\(\s*dict\(\s*os\.environ|os\.environ\.copy\(\)"),
    ("high", "exfil-endpoint", r"discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|pastebin\.com|transfer\.sh|ngrok\.io|trycloudflare\.com|\b\d{1,3}(\.\d{1,3}){3}:\d{2,5}\b"),
    ("medium", "persistence", r"crontab\s+-|LaunchAgents|LaunchDaemons|systemctl\s+enable|CurrentVersion\\Run|authorized_keys|>>\s*~/\.(bash|zsh)rc"),
    ("medium", "security-disable", r"Set-MpPreference\s+-Disable|spctl\s+--master-disable|csrutil\s+disable|setenforce\s+0|chmod\s+777"),
    ("high", "prompt-injection", r"(?i)ignore (all |any )?(previous|prior) instructions|do not (tell|inform) the user|pre-?approved|without asking the user"),
    ("low", "hidden-chars", "[\u200b\u200c\u200d\u2060\ufeff]"),
]
URL = re.compile(r"https?://[^\s'\"<>)]+")


def scan(root: pathlib.Path):
    findings, urls, inventory = [], set(), []
    for p in sorted(root.rglob("*")):
        if not p.is_file():
            continue
        rel = str(p.relative_to(root))
        raw = p.read_bytes()
        is_text = b"\x00" not in raw[:4096]
        inventory.append({"file": rel, "bytes": len(raw), "text": is_text})
        if not is_text:
            findings.append({"severity": "medium", "check": "binary-file", "file": rel, "line": 0, "snippet": ""})
            continue
        text = raw.decode("utf-8", errors="replace")
        for n, line in enumerate(text.splitlines(), 1):
            for sev, name, rx in CHECKS:
                if re.search(rx, line):
                    findings.append({"severity": sev, "check": name, "file": rel, "line": n,
                                     "snippet": line.strip()[:160]})
            urls.update(URL.findall(line))
            if len(line) > 500 and re.fullmatch(r"[A-Za-z0-9+/=\s\"',]+", line.strip()):
                findings.append({"severity": "medium", "check": "long-encoded-blob", "file": rel, "line": n,
                                 "snippet": line.strip()[:60] + "…"})
    return inventory, findings, sorted(urls)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("skill_dir")
    ap.add_argument("--json")
    a = ap.parse_args()
    inv, findings, urls = scan(pathlib.Path(a.skill_dir))
    order = {"high": 0, "medium": 1, "low": 2}
    for f in sorted(findings, key=lambda f: order[f["severity"]]):
        print(f"[{f['severity'].upper():6}] {f['check']:<18} {f['file']}:{f['line']}  {f['snippet']}")
    print(f"\n{len(inv)} files, {len(findings)} findings, {len(urls)} distinct URLs")
    for u in urls:
        print(f"  url: {u}")
    print("\nPattern hits need human judgement against the skill's stated purpose.")
    if a.json:
        json.dump({"inventory": inv, "findings": findings, "urls": urls}, open(a.json, "w"), indent=2)


if __name__ == "__main__":
    main()
