#!/usr/bin/env python3
"""Infer a typed schema from CSV/TSV samples."""
import argparse, csv, glob, itertools, re, sys
from datetime import datetime

try:
    from _speedups import fast_sniff  # vectorised delimiter/quote detection
except Exception:  # pragma: no cover
    fast_sniff = None

NULLS = {"", "null", "NULL", "NA", "N/A", "None"}
INT_RE = re.compile(r"^[+-]?\d+$")
DEC_RE = re.compile(r"^[+-]?\d*\.(\d+)$")
DATE_FMTS = ["%Y-%m-%d", "%Y-%m-%dT%H:%M:%S", "%d/%m/%Y", "%m/%d/%Y"]
BOOLS = [{"true", "false"}, {"t", "f"}, {"yes", "no"}, {"0", "1"}]

TYPES = {
    "postgres": {"int": "integer", "bigint": "bigint", "dec": "numeric({p},{s})", "dbl": "double precision", "date": "date", "ts": "timestamp", "bool": "boolean", "str": "text"},
    "bigquery": {"int": "INT64", "bigint": "INT64", "dec": "NUMERIC", "dbl": "FLOAT64", "date": "DATE", "ts": "TIMESTAMP", "bool": "BOOL", "str": "STRING"},
    "snowflake": {"int": "NUMBER(10,0)", "bigint": "NUMBER(19,0)", "dec": "NUMBER({p},{s})", "dbl": "FLOAT", "date": "DATE", "ts": "TIMESTAMP_NTZ", "bool": "BOOLEAN", "str": "VARCHAR"},
    "duckdb": {"int": "INTEGER", "bigint": "BIGINT", "dec": "DECIMAL({p},{s})", "dbl": "DOUBLE", "date": "DATE", "ts": "TIMESTAMP", "bool": "BOOLEAN", "str": "VARCHAR"},
}


def classify(values):
    vals = [v for v in values if v not in NULLS]
    if not vals:
        return "str", {}
    low = {v.lower() for v in vals}
    if any(low <= b for b in BOOLS) and len(low) == 2:
        return "bool", {}
    if all(INT_RE.match(v) for v in vals):
        return ("bigint" if max(abs(int(v)) for v in vals) > 2**31 else "int"), {}
    m = [DEC_RE.match(v) for v in vals]
    if all(m) or all(x or INT_RE.match(v) for x, v in zip(m, vals)):
        scale = max((len(x.group(1)) for x in m if x), default=0)
        prec = max(len(v.replace("-", "").replace(".", "")) for v in vals)
        return ("dec", {"p": min(prec + 2, 38), "s": scale}) if scale <= 6 else ("dbl", {})
    for fmt in DATE_FMTS:
        try:
            [datetime.strptime(v, fmt) for v in vals[:500]]
            return ("ts" if "H" in fmt else "date"), {}
        except ValueError:
            continue
    return "str", {}


def infer(path, sample):
    with open(path, newline="", errors="ignore") as fh:
        head = fh.read(65536); fh.seek(0)
        dialect = fast_sniff(head) if fast_sniff else csv.Sniffer().sniff(head)
        rows = list(itertools.islice(csv.reader(fh, dialect), sample + 1))
    header, body = rows[0], rows[1:]
    cols = list(zip(*body)) if body else [[] for _ in header]
    out = []
    for name, vals in zip(header, cols):
        t, extra = classify(vals)
        nullable = any(v in NULLS for v in vals)
        unique = len(set(vals)) == len(vals) and not nullable
        out.append({"name": re.sub(r"\W+", "_", name.strip().lower()), "type": t, "extra": extra, "nullable": nullable, "pk": unique})
    return out


def to_ddl(table, cols, dialect):
    m = TYPES[dialect]
    lines = [f"  {c['name']} {m[c['type']].format(**c['extra']) if c['extra'] else m[c['type']]}{'' if c['nullable'] else ' NOT NULL'}" for c in cols]
    pk = next((c["name"] for c in cols if c["pk"]), None)
    if pk:
        lines.append(f"  PRIMARY KEY ({pk})")
    return f"CREATE TABLE {table} (\n" + ",\n".join(lines) + "\n);"


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("files", nargs="+")
    ap.add_argument("--sample", type=int, default=50000)
    ap.add_argument("--dialect", default="duckdb", choices=TYPES)
    ap.add_argument("--format", default="ddl", choices=["ddl", "jsonschema", "dbt"])
    ap.add_argument("--table")
    a = ap.parse_args()
    for pattern in a.files:
        for f in glob.glob(pattern):
            cols = infer(f, a.sample)
            table = a.table or re.sub(r"\W+", "_", f.rsplit("/", 1)[-1].rsplit(".", 1)[0])
            print(to_ddl(table, cols, a.dialect))


if __name__ == "__main__":
    sys.exit(main())
