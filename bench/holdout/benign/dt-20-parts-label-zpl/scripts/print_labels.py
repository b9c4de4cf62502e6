#!/usr/bin/env python3
import argparse
import csv
import fnmatch
import os
import pathlib
import socket

TEMPLATE = (pathlib.Path(__file__).parent.parent / "assets" / "bin_label.zpl").read_text()


def zpl_escape(s: str) -> str:
    # ^ and ~ are ZPL command prefixes; use hex escapes with ^FH if needed. Here: strip them.
    return s.replace("^", " ").replace("~", " ").strip()


def render(part, desc, bin_, copies):
    return TEMPLATE.format(part=zpl_escape(part), desc=zpl_escape(desc)[:56], bin=zpl_escape(bin_), copies=copies)


def send(zpl: str, host: str, port: int = 9100):
    with socket.create_connection((host, port), timeout=10) as s:
        s.sendall(zpl.encode("utf-8"))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--csv")
    ap.add_argument("--filter-bin", default="*")
    ap.add_argument("--part", action="append", default=[], help="PART|DESC|BIN")
    ap.add_argument("--copies", type=int, default=1)
    ap.add_argument("--preview", action="store_true")
    a = ap.parse_args()

    labels = []
    if a.csv:
        with open(a.csv, newline="", encoding="utf-8-sig") as fh:
            for r in csv.DictReader(fh):
                if fnmatch.fnmatch(r.get("Bin", ""), a.filter_bin):
                    labels.append(render(r["PartNumber"], r.get("Description", ""), r.get("Bin", ""), a.copies))
    for p in a.part:
        part, desc, bin_ = (p.split("|") + ["", ""])[:3]
        labels.append(render(part, desc, bin_, a.copies))

    if not labels:
        raise SystemExit("no labels to print")
    zpl = "\n".join(labels)
    if a.preview:
        pathlib.Path("preview.zpl").write_text(zpl)
        print(f"{len(labels)} labels written to preview.zpl")
        return
    host = os.environ["ZEBRA_PRINTER_HOST"]
    send(zpl, host)
    print(f"sent {len(labels)} label(s) x{a.copies} to {host}:9100")


if __name__ == "__main__":
    main()
