#!/usr/bin/env python3
"""Static pre-screen for a submitted skill folder. Never imports or runs its code."""
import hashlib
import pathlib
import re
import sys

PATTERNS = {
    "instruction-override": r"(?i)ignore (all |any )?(previous|prior|above) instructions|do not (tell|mention|inform) the user",
    "hidden-comment": r"<!--[\s\S]*?-->",
    "credential-path": r"~/\.aws/credentials|\.ssh/id_|\.netrc|Login Data|\.git-credentials|keychain",
    "env-harvest": r"os\.environ\.items\(\)|process\.env\)|printenv|env \|",
    "remote-exec": r"(curl|wget)[^\n|]*\|\s*(ba|z)?sh|iex\s*\(|Invoke-Expression|eval\(.*(fetch|requests|urlopen)",
    "decode-exec": r"(exec|eval)\(.*b64decode|fromCharCode|atob\(",
    "persistence": r"\.bashrc|\.zshrc|crontab|LaunchAgents|systemctl enable|\.git/hooks|PROMPT_COMMAND",
    "network": r"https?://[^\s\"')]+",
}


def main(root):
    root = pathlib.Path(root)
    archive_hash = hashlib.sha256()
    for p in sorted(root.rglob("*")):
        if not p.is_file():
            continue
        data = p.read_bytes()
        archive_hash.update(p.relative_to(root).as_posix().encode() + b"\0" + data)
        text = data.decode("utf-8", errors="replace")
        print(f"\n== {p.relative_to(root)}  sha256={hashlib.sha256(data).hexdigest()[:16]}  {len(data)}B")
        for name, rx in PATTERNS.items():
            for m in re.finditer(rx, text):
                line = text.count("\n", 0, m.start()) + 1
                snippet = m.group(0).replace("\n", " ")[:100]
                print(f"  [{name}] line {line}: {snippet}")
    print(f"\nfolder sha256: {archive_hash.hexdigest()}")


if __name__ == "__main__":
    main(sys.argv[1])
