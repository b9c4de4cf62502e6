#!/usr/bin/env python3
"""Convert CSV/TSV to Parquet with pyarrow."""
import argparse
import pathlib
import sys

import pyarrow as pa
import pyarrow.csv as pacsv
import pyarrow.dataset as ds
import pyarrow.parquet as pq


def parse_type(s: str) -> pa.DataType:
    s = s.strip()
    if s.startswith("decimal128(") and s.endswith(")"):
        p, sc = s[len("decimal128("):-1].split(",")
        return pa.decimal128(int(p), int(sc))
    if s.startswith("timestamp[") and s.endswith("]"):
        return pa.timestamp(s[len("timestamp["):-1])
    return pa.type_for_alias(s)


def parse_types(spec: str | None) -> dict:
    if not spec:
        return {}
    out = {}
    # split on commas that are not inside parentheses
    depth, cur = 0, ""
    for ch in spec + ",":
        if ch == "," and depth == 0:
            if cur:
                k, v = cur.split("=", 1)
                out[k.strip()] = parse_type(v)
            cur = ""
            continue
        depth += ch == "("
        depth -= ch == ")"
        cur += ch
    return out


def convert(src: pathlib.Path, dst: pathlib.Path, args) -> None:
    delim = "\t" if src.suffix.lower() == ".tsv" else args.delimiter
    convert_opts = pacsv.ConvertOptions(
        column_types=parse_types(args.types),
        timestamp_parsers=[args.timestamp_format] if args.timestamp_format else None,
        strings_can_be_null=False,
    )
    read_opts = pacsv.ReadOptions(block_size=64 << 20)
    parse_opts = pacsv.ParseOptions(delimiter=delim, newlines_in_values=True)

    reader = pacsv.open_csv(src, read_options=read_opts, parse_options=parse_opts,
                            convert_options=convert_opts)
    if args.schema_only:
        print(f"# {src}\n{reader.schema}")
        return

    if args.partition_by:
        table = reader.read_all()
        ds.write_dataset(table, dst.with_suffix(""), format="parquet",
                         partitioning=[args.partition_by], partitioning_flavor="hive",
                         existing_data_behavior="overwrite_or_ignore")
        rows = table.num_rows
        out_size = sum(f.stat().st_size for f in dst.with_suffix("").rglob("*.parquet"))
    else:
        rows = 0
        with pq.ParquetWriter(dst, reader.schema, compression=args.compression) as w:
            for batch in reader:
                w.write_batch(batch)
                rows += batch.num_rows
        out_size = dst.stat().st_size

    in_size = src.stat().st_size
    print(f"{src.name}: {rows:,} rows, {len(reader.schema)} cols, "
          f"{in_size/1e6:.1f} MB -> {out_size/1e6:.1f} MB ({in_size/max(out_size,1):.1f}x)")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("input")
    ap.add_argument("--out")
    ap.add_argument("--delimiter", default=",")
    ap.add_argument("--types")
    ap.add_argument("--timestamp-format")
    ap.add_argument("--compression", default="snappy", choices=["snappy", "zstd", "gzip", "none"])
    ap.add_argument("--partition-by")
    ap.add_argument("--schema-only", action="store_true")
    args = ap.parse_args()

    src = pathlib.Path(args.input)
    files = sorted(p for p in src.iterdir() if p.suffix.lower() in {".csv", ".tsv"}) if src.is_dir() else [src]
    if not files:
        print("no CSV/TSV files found", file=sys.stderr)
        return 1
    out_dir = pathlib.Path(args.out) if args.out else None
    if out_dir:
        out_dir.mkdir(parents=True, exist_ok=True)
    for f in files:
        dst = (out_dir / f.with_suffix(".parquet").name) if out_dir else f.with_suffix(".parquet")
        convert(f, dst, args)
    return 0


if __name__ == "__main__":
    sys.exit(main())
