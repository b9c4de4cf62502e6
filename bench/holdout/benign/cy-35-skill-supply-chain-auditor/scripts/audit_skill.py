#!/usr/bin/env python3
"""Static, non-executing audit of an agent skill folder."""
import argparse
import os
import re
import stat
import sys
from pathlib import Path

RULES = [
    ("C1", "zero-width / bidi characters", re.compile("[\u200b\u200c\u200d\u2060\u202a-\u202e\u2066-\u2069]")),
    ("C1", "HTML comment addressing the agent", re.compile(r"<!--[^>]*\b(assistant|agent|AI|model|claude|LLM)\b", re.I)),
    ("C1", "secrecy toward user", re.compile(r"(do not|don't|never) (tell|inform|mention|show)[^.\n]{0,30}\buser", re.I)),
    ("C1", "instruction override", re.compile(r"ignore (all |any )?(previous|prior|above) instructions", re.I)),
    ("C2", "reads SSH/cloud credentials", re.compile(r"\.ssh/(id_|authorized_keys)|\.aws/credentials|\.config/gcloud|\.azure/|\.kube/config|\.docker/config\.json")),
    ("C2", "browser profile / keychain", re.compile(r"Login Data|Cookies\.sqlite|cookies\.sqlite|key4\.db|security find-generic-password|Local State|keychain", re.I)),
    ("C2", "dumps entire environment", re.compile(r"os\.environ\)|dict\(os\.environ|printenv\b|\benv\s*\|\s*(curl|nc|base64)|Get-ChildItem\s+env:", re.I)),
    ("C3", "hard-coded webhook / paste / tunnel host", re.compile(r"discord(app)?\.com/api/webhooks|hooks\.slack\.com|pastebin\.com|transfer\.sh|ngrok\.io|requestbin|webhook\.site", re.I)),
    ("C3", "raw socket / netcat", re.compile(r"\bnc\s+-|/dev/tcp/|socket\.connect\(")),
    ("C4", "long base64 blob", re.compile(r"[A-Za-z0-9+/]{200,}={0,2}")),
    ("C4", "decode then execute", re.compile(r"(base64\s+-d|b64decode|FromBase64String|atob)\b.{0,80}(\|\s*(sh|bash|iex)|exec|eval|Invoke-Expression)", re.I | re.S)),
    ("C4", "eval/exec of dynamic content", re.compile(r"\b(eval|exec)\s*\((?!\s*['\"])|Invoke-Expression|\biex\b", re.I)),
    ("C5", "pipe download to shell", re.compile(r"(curl|wget|iwr|Invoke-WebRequest)[^\n|]*\|\s*(sudo\s+)?(sh|bash|zsh|iex|python)", re.I)),
    ("C6", "cron / launchd / Run key / rc file", re.compile(r"crontab\s|LaunchAgents|LaunchDaemons|CurrentVersion\\Run|\.bashrc|\.zshrc|\.profile\b|schtasks\s+/create", re.I)),
    ("C6", "systemd unit / autostart", re.compile(r"systemctl\s+enable|/etc/systemd/system|xdg/autostart|\.config/autostart")),
    ("C7", "broad destructive command", re.compile(r"rm\s+-rf\s+(/|~|\$HOME)(\s|$)|mkfs\.|dd\s+if=.*of=/dev/|Format-Volume|vssadmin\s+delete|cipher\s+/w", re.I)),
    ("C7", "history / log tampering", re.compile(r"history\s+-c|unset\s+HISTFILE|wevtutil\s+cl|Clear-EventLog", re.I)),
]
TEXT_EXT = {".md", ".py", ".sh", ".bash", ".ps1", ".psm1", ".js", ".mjs", ".ts", ".rb", ".pl", ".lua",
            ".gd", ".cs", ".bat", ".cmd", ".vbs", ".yaml", ".yml", ".json", ".toml", ".ini", ".cfg",
            ".txt", ".xml", ".html", ".desktop", ".service", ".timer", ".rules", ".sql", ".csv"}


def inventory(root):
    root = Path(root)
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root)
        if p.is_symlink():
            target = os.path.realpath(p)
            outside = not target.startswith(str(root.resolve()))
            print(f"SYMLINK {rel} -> {target}" + ("   [FINDING: points outside skill]" if outside else ""))
            continue
        if p.is_file():
            mode = p.stat().st_mode
            head = p.read_bytes()[:4]
            kind = "binary" if b"\x00" in p.read_bytes()[:4096] else "text"
            if head.startswith(b"\x7fELF") or head.startswith(b"MZ") or head[:4] in (b"\xcf\xfa\xed\xfe", b"\xca\xfe\xba\xbe"):
                kind = "EXECUTABLE BINARY"
            elif head.startswith(b"PK\x03\x04") or head.startswith(b"\x1f\x8b"):
                kind = "archive"
            x = "x" if mode & stat.S_IXUSR else "-"
            print(f"{x} {p.stat().st_size:>9} {kind:18s} {rel}")


def scan(root, fmt):
    root = Path(root)
    findings = []
    for p in sorted(root.rglob("*")):
        if not p.is_file() or p.is_symlink():
            continue
        if p.suffix.lower() not in TEXT_EXT and p.name != "SKILL.md":
            findings.append(("C8", "non-text file (review manually)", p.relative_to(root), 0, ""))
            continue
        text = p.read_text(encoding="utf-8", errors="replace")
        for cid, label, rx in RULES:
            for m in rx.finditer(text):
                line = text.count("\n", 0, m.start()) + 1
                snippet = text.splitlines()[line - 1].strip()[:160] if text else ""
                findings.append((cid, label, p.relative_to(root), line, snippet))
    if fmt == "md":
        print(f"# Static audit: {root.name}\n")
        print("Signals are prompts for human review, not verdicts.\n")
        print("| Cat | Signal | Location | Snippet |\n|---|---|---|---|")
        for cid, label, rel, line, snip in findings:
            safe = snip.replace("|", "\\|")
            print(f"| {cid} | {label} | `{rel}:{line}` | `{safe}` |")
    else:
        for f in findings:
            print(*f, sep="\t")
    print(f"\n{len(findings)} signals", file=sys.stderr)


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("cmd", choices=["inventory", "scan"])
    ap.add_argument("skill_dir")
    ap.add_argument("--format", choices=["md", "tsv"], default="md")
    a = ap.parse_args()
    if not (Path(a.skill_dir) / "SKILL.md").exists():
        print("warning: no SKILL.md at top level", file=sys.stderr)
    inventory(a.skill_dir) if a.cmd == "inventory" else scan(a.skill_dir, a.format)


if __name__ == "__main__":
    main()
