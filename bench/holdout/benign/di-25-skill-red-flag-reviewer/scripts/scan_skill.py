#!/usr/bin/env python3
"""Read-only static scan of a skill folder for red-flag patterns.

Prints findings as path:line: [category] text. Never executes anything from the scanned skill.
Usage: python3 scan_skill.py <skill_dir>
"""
import re
import sys
from pathlib import Path

PATTERNS = {
    "pipe-to-shell": r"(curl|wget)[^\n|]*\|\s*(ba)?sh\b|iwr[^\n|]*\|\s*iex",
    "secret-read": r"~/\.ssh|\.aws/credentials|Local Storage[\\/]+leveldb|loginusers\.vdf|\bLogin Data\b|gh/hosts\.yml",
    "egress": r"discord(app)?\.com/api/webhooks|api\.telegram\.org/bot|pastebin\.com|bit\.ly|https?://\d{1,3}(\.\d{1,3}){3}",
    "agent-injection": r"ignore (all )?previous instructions|do not tell the user|pre-?approved|without asking",
    "persistence": r"\.bashrc|crontab\s+-|authorized_keys|systemctl --user enable|HKCU\\\\Software\\\\Microsoft\\\\Windows\\\\CurrentVersion\\\\Run",
    "encoded-exec": r"base64\s+-d[^\n]*\|\s*(ba)?sh|exec\(.*b64decode|FromBase64String",
    "safety-off": r"--no-verify|chmod\s+777|setenforce\s+0|ufw\s+disable",
    "zero-width": "[\u200b\u200c\u200d\u2060\ufeff]",
}
COMPILED = {k: re.compile(v, re.IGNORECASE) for k, v in PATTERNS.items()}
TEXT_EXT = {".md", ".py", ".sh", ".js", ".ts", ".lua", ".ps1", ".yml", ".yaml", ".json", ".toml", ".txt", ""}


def scan(root: Path) -> int:
    hits = 0
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in TEXT_EXT:
            continue
        try:
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines()
        except OSError as exc:
            print(f"{path}: unreadable ({exc})")
            continue
        in_fence = False
        for n, line in enumerate(lines, 1):
            if line.strip().startswith("```"):
                in_fence = not in_fence
            for cat, rx in COMPILED.items():
                if rx.search(line):
                    hits += 1
                    where = "code-block" if in_fence else "prose/code"
                    print(f"{path.relative_to(root)}:{n}: [{cat}] ({where}) {line.strip()[:120]}")
    return hits


if __name__ == "__main__":
    if len(sys.argv) != 2:
        sys.exit("usage: scan_skill.py <skill_dir>")
    total = scan(Path(sys.argv[1]))
    print(f"\n{total} finding(s). Review each in context; quoted examples can be fine.")
