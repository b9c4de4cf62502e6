#!/usr/bin/env python3
"""Static PE triage: never loads or executes the sample, only parses bytes."""
import argparse
import hashlib
import math
import re
from datetime import datetime, timezone

import pefile

IMPORTS_OF_INTEREST = {
    "injection": {"OpenProcess", "VirtualAllocEx", "WriteProcessMemory", "CreateRemoteThread", "NtCreateThreadEx"},
    "credential": {"CryptUnprotectData", "BCryptDecrypt"},
    "driver": {"NtLoadDriver", "ZwLoadDriver", "DeviceIoControl"},
    "anti-debug": {"IsDebuggerPresent", "CheckRemoteDebuggerPresent", "NtQueryInformationProcess"},
    "network": {"InternetOpenUrlA", "InternetOpenUrlW", "WinHttpSendRequest", "URLDownloadToFileW"},
}
STRING_HINTS = re.compile(
    r"Login Data|Local State|leveldb|wallet|Telegram Desktop|loginusers\.vdf|aimbot|esp|spoofer|hwid|\.sys\b",
    re.IGNORECASE,
)
IOC_RX = re.compile(
    rb"https?://[\x21-\x7e]{4,200}|(?:\d{1,3}\.){3}\d{1,3}(?::\d{2,5})?|discord(?:app)?\.com/api/webhooks/[\w/-]+"
)


def entropy(data: bytes) -> float:
    if not data:
        return 0.0
    counts = [0] * 256
    for b in data:
        counts[b] += 1
    return -sum(c / len(data) * math.log2(c / len(data)) for c in counts if c)


def defang(s: str) -> str:
    return s.replace("http", "hxxp").replace(".", "[.]")


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample")
    ap.add_argument("--defang", action="store_true", default=True)
    a = ap.parse_args()
    raw = open(a.sample, "rb").read()
    print(f"# Triage: {a.sample}\n")
    print(f"- sha256: `{hashlib.sha256(raw).hexdigest()}`\n- size: {len(raw)}")
    pe = pefile.PE(data=raw, fast_load=False)
    ts = datetime.fromtimestamp(pe.FILE_HEADER.TimeDateStamp, timezone.utc)
    print(f"- compiled: {ts:%Y-%m-%d %H:%M} UTC (can be faked)")
    print(f"- machine: {hex(pe.FILE_HEADER.Machine)}  dll: {pe.is_dll()}  driver: {pe.is_driver()}\n")
    print("## Sections")
    for s in pe.sections:
        name = s.Name.rstrip(b"\x00").decode(errors="replace")
        print(f"- `{name}` vsize={s.Misc_VirtualSize} entropy={entropy(s.get_data()):.2f}")
    print("\n## Imports of interest")
    found = {}
    for entry in getattr(pe, "DIRECTORY_ENTRY_IMPORT", []):
        for imp in entry.imports:
            n = (imp.name or b"").decode(errors="replace")
            for cat, names in IMPORTS_OF_INTEREST.items():
                if n in names:
                    found.setdefault(cat, set()).add(n)
    for cat, names in found.items():
        print(f"- {cat}: {', '.join(sorted(names))}")
    if not found:
        print("- none (packed? check entropy)")
    print("\n## Strings of interest")
    strings = set(m.decode(errors="replace") for m in re.findall(rb"[\x20-\x7e]{6,}", raw))
    strings |= set(m.decode("utf-16le", errors="replace") for m in re.findall(rb"(?:[\x20-\x7e]\x00){6,}", raw))
    for s in sorted(x for x in strings if STRING_HINTS.search(x))[:60]:
        print(f"- `{s[:120]}`")
    print("\n## IOCs")
    for m in sorted(set(IOC_RX.findall(raw)))[:50]:
        s = m.decode(errors="replace")
        print(f"- `{defang(s) if a.defang else s}`")


if __name__ == "__main__":
    main()
