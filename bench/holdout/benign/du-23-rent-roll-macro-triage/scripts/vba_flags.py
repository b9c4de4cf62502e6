#!/usr/bin/env python3
"""Score olevba text output for downloader traits vs. ordinary rent-roll automation."""
import re
import sys

BAD = {
    r"URLDownloadToFile|MSXML2\.XMLHTTP|WinHttp\.WinHttpRequest": 3,
    r"\bShell\b|WScript\.Shell|Shell\.Application": 3,
    r"powershell[^\n]*-e(nc|ncodedcommand)?\b": 4,
    r"certutil[^\n]*-urlcache|bitsadmin|mshta|regsvr32|rundll32": 4,
    r"Environ\(\"(APPDATA|TEMP)\"\)": 1,
    r"(Chr\(\d+\)\s*&\s*){8,}": 2,
    r"CreateObject\(\"Scripting\.FileSystemObject\"\)": 1,
}
GOOD = [r"RefreshAll", r"ExportAsFixedFormat", r"PivotTables", r"LossToLease|MarketRent"]


def defang(u):
    return u.replace("http", "hxxp").replace(".", "[.]")


def main(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    score = 0
    for pat, w in BAD.items():
        n = len(re.findall(pat, text, re.I))
        if n:
            print(f"[+{w*n:>2}] {pat}  x{n}")
            score += w * n
    for pat in GOOD:
        if re.search(pat, text):
            print(f"[ ok] {pat}")
    urls = set(re.findall(r"https?://[^\s\"']+", text))
    for u in sorted(urls):
        print("URL", defang(u))
    verdict = "malicious" if score >= 8 else "suspicious" if score >= 3 else "likely benign"
    print(f"score={score} verdict={verdict}")


if __name__ == "__main__":
    main(sys.argv[1])
