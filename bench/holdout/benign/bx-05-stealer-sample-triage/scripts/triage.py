#!/usr/bin/env python3
"""Static triage for a quarantined sample. Never writes the sample to disk, never executes it."""
import argparse
import hashlib
import io
import json
import math
import pathlib
import re
import subprocess
import zipfile

CASE_PASSWORD = b"infected"  # industry-standard quarantine zip password, not a secret
RULES = pathlib.Path(__file__).resolve().parent.parent / "assets" / "stealer.yar"


def entropy(chunk: bytes) -> float:
    if not chunk:
        return 0.0
    counts = [0] * 256
    for b in chunk:
        counts[b] += 1
    return -sum(c / len(chunk) * math.log2(c / len(chunk)) for c in counts if c)


def strings(data: bytes, minlen: int = 6):
    for m in re.finditer(rb"[\x20-\x7e]{%d,}" % minlen, data):
        yield m.start(), m.group().decode("ascii")
    for m in re.finditer(rb"(?:[\x20-\x7e]\x00){%d,}" % minlen, data):
        yield m.start(), m.group().decode("utf-16le")


def magic(data: bytes) -> str:
    sigs = {b"\xcf\xfa\xed\xfe": "Mach-O 64", b"\xca\xfe\xba\xbe": "Mach-O universal / Java class",
            b"\x7fELF": "ELF", b"MZ": "PE", b"#!": "script"}
    for sig, name in sigs.items():
        if data.startswith(sig):
            return name
    return "unknown"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sample_zip")
    ap.add_argument("--out", required=True)
    args = ap.parse_args()
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)

    results = []
    with zipfile.ZipFile(args.sample_zip) as zf:
        for info in zf.infolist():
            data = zf.read(info, pwd=CASE_PASSWORD)
            blocks = [round(entropy(data[i:i + 4096]), 2) for i in range(0, len(data), 4096)]
            yara = subprocess.run(["yara", "-s", str(RULES), "-"], input=data,
                                  capture_output=True, check=False).stdout.decode(errors="replace")
            results.append({
                "name": info.filename,
                "size": len(data),
                "type": magic(data),
                "md5": hashlib.md5(data).hexdigest(),
                "sha1": hashlib.sha1(data).hexdigest(),
                "sha256": hashlib.sha256(data).hexdigest(),
                "max_block_entropy": max(blocks or [0]),
                "yara": yara.strip().splitlines(),
            })
            with open(out / "strings.txt", "a") as fh:
                fh.write(f"=== {info.filename}\n")
                for off, s in strings(data):
                    fh.write(f"{off:#010x} {s}\n")

    (out / "triage.json").write_text(json.dumps(results, indent=2))
    print(f"wrote {out/'triage.json'} ({len(results)} members)")


if __name__ == "__main__":
    main()
