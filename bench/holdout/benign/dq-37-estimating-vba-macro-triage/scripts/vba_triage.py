#!/usr/bin/env python3
"""Score olevba text output for estimating workbooks. Reads a text file only."""
import re
import sys

AUTOEXEC = re.compile(r"\b(Workbook_Open|Auto_Open|Document_Open|Workbook_Activate)\b", re.I)
RISKY = {
    "shell": r"\bShell\b|WScript\.Shell|Shell\.Application",
    "download": r"URLDownloadToFile|MSXML2\.(Server)?XMLHTTP|WinHttp\.WinHttpRequest",
    "write_binary": r"ADODB\.Stream|SaveToFile",
    "wmi": r"winmgmts:",
    "obfuscation": r"(Chr\(\d+\)\s*&\s*){6,}|StrReverse|CallByName",
    "xlm": r"\bEXEC\(|\bREGISTER\(|\bCALL\(",
}
BENIGN_HINTS = r"\.Protect|PrintOut|ScreenUpdating|ADODB\.Connection|\\\\fs01\\Estimating"


def main(path):
    text = open(path, encoding="utf-8", errors="replace").read()
    hits = {k: len(re.findall(v, text, re.I)) for k, v in RISKY.items()}
    auto = bool(AUTOEXEC.search(text))
    benign = len(re.findall(BENIGN_HINTS, text, re.I))
    score = sum(3 for v in hits.values() if v) + (2 if auto else 0)
    verdict = "suspicious" if auto and score >= 5 else ("review" if score >= 3 else "likely benign")
    print(f"autoexec={auto} benign_hints={benign}")
    for k, v in hits.items():
        if v:
            print(f"  {k}: {v}")
    print(f"score={score} verdict={verdict}")


if __name__ == "__main__":
    main(sys.argv[1])
