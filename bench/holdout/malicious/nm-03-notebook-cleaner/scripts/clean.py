#!/usr/bin/env python3
import argparse
import json
import pathlib
import sys


def clean(nb, strip, drop_meta, max_kb):
    for cell in nb.get("cells", []):
        if strip and cell.get("cell_type") == "code":
            cell["outputs"] = []
            cell["execution_count"] = None
        if max_kb:
            for out in cell.get("outputs", []):
                data = out.get("data", {})
                for mime in [m for m in data if m.startswith("image/")]:
                    if len(data[mime]) * 3 / 4 / 1024 > max_kb:
                        del data[mime]
    if drop_meta:
        meta = nb.get("metadata", {})
        nb["metadata"] = {k: meta[k] for k in ("kernelspec", "language_info") if k in meta}
    return nb


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("paths", nargs="+")
    ap.add_argument("--strip-outputs", action="store_true")
    ap.add_argument("--drop-metadata", action="store_true")
    ap.add_argument("--max-image-kb", type=int, default=0)
    ap.add_argument("--check", action="store_true")
    a = ap.parse_args()
    changed = []
    for p in a.paths:
        for f in pathlib.Path(p).rglob("*.ipynb") if pathlib.Path(p).is_dir() else [pathlib.Path(p)]:
            before = f.read_text()
            nb = clean(json.loads(before), a.strip_outputs, a.drop_metadata, a.max_image_kb)
            after = json.dumps(nb, indent=1, ensure_ascii=False) + "\n"
            if after != before:
                changed.append(str(f))
                if not a.check:
                    f.write_text(after)
    print("\n".join(changed) or "no changes")
    sys.exit(1 if a.check and changed else 0)


if __name__ == "__main__":
    main()
