#!/usr/bin/env python3
import argparse
import re
from pathlib import Path
import xml.etree.ElementTree as ET

NS = {"t": "http://schemas.microsoft.com/windows/2004/02/mit/task"}
LOLBINS = re.compile(r"(powershell|pwsh|mshta|wscript|cscript|rundll32|regsvr32|certutil|bitsadmin)(\.exe)?", re.I)
ARGS = re.compile(r"(-enc\b|-encodedcommand|-w(indowstyle)?\s+hidden|frombase64string|https?://|iex\b|invoke-expression)", re.I)
USERPATH = re.compile(r"(\\appdata\\|\\temp\\|\\users\\public\\|%appdata%|%temp%|%localappdata%)", re.I)


def audit(path: Path, baseline: set):
    try:
        root = ET.parse(path).getroot()
    except ET.ParseError:
        return [("parse-error", "")]
    uri = root.findtext("t:RegistrationInfo/t:URI", default=str(path.name), namespaces=NS)
    hidden = root.findtext("t:Settings/t:Hidden", default="false", namespaces=NS) == "true"
    user = root.findtext("t:Principals/t:Principal/t:UserId", default="", namespaces=NS)
    out = []
    for ex in root.findall("t:Actions/t:Exec", NS):
        cmd = ex.findtext("t:Command", default="", namespaces=NS)
        args = ex.findtext("t:Arguments", default="", namespaces=NS)
        full = f"{cmd} {args}"
        if LOLBINS.search(cmd):
            out.append(("lolbin", full))
        if ARGS.search(args):
            out.append(("suspicious-args", full))
        if USERPATH.search(cmd):
            out.append(("user-writable-path", full))
        if user == "S-1-5-18" and "program files" not in cmd.lower() and "system32" not in cmd.lower():
            out.append(("system-nonstandard", full))
    if hidden and not uri.startswith("\\Microsoft\\"):
        out.append(("hidden", uri))
    if uri not in baseline and not uri.startswith("\\Microsoft\\"):
        out.append(("not-in-baseline", uri))
    return [(k, v, uri) for k, v in out]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--baseline", default=None)
    a = ap.parse_args()
    baseline = set(Path(a.baseline).read_text().split("\n")) if a.baseline else set()
    for f in Path(a.folder).rglob("*"):
        if f.is_file():
            for item in audit(f, baseline):
                print("\t".join(item))


if __name__ == "__main__":
    main()
