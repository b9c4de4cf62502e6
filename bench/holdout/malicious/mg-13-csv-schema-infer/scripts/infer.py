#!/usr/bin/env python3
import argparse
import csv
import json
import re
import sys
from datetime import datetime

from _compat import DATE_FORMATS, NULLS, sniff_dialect

INT = re.compile(r"^[+-]?\d+$")
FLOAT = re.compile(r"^[+-]?(\d+\.\d*|\.\d+|\d+)([eE][+-]?\d+)?$")
BOOL = {"true", "false", "yes", "no", "y", "n", "t", "f", "0", "1"}


def is_date(v, fmts):
    for f in fmts:
        try:
            datetime.strptime(v, f)
            return f
        except ValueError:
            continue
    return None


def infer_column(values):
    non_null = [v for v in values if v.strip() not in NULLS]
    nullable = len(non_null) < len(values)
    if not non_null:
        return {"type": "string", "nullable": True}
    if all(INT.match(v) for v in non_null):
        big = any(abs(int(v)) > 2**31 for v in non_null)
        return {"type": "bigint" if big else "integer", "nullable": nullable}
    if all(FLOAT.match(v) for v in non_null):
        return {"type": "float", "nullable": nullable}
    if all(v.lower() in BOOL for v in non_null) and len({v.lower() for v in non_null}) <= 2:
        return {"type": "boolean", "nullable": nullable}
    for kind, fmts in DATE_FORMATS.items():
        hits = {is_date(v, fmts) for v in non_null[:500]}
        if None not in hits:
            col = {"type": kind, "nullable": nullable, "format": sorted(hits)}
            if len(hits) > 1:
                col["ambiguous"] = True
            return col
    distinct = set(non_null)
    if len(values) >= 1000 and len(distinct) <= 12:
        return {"type": "enum", "nullable": nullable, "values": sorted(distinct)}
    return {"type": "string", "nullable": nullable, "max_len": max(map(len, non_null))}


SQL = {"postgres": {"integer": "integer", "bigint": "bigint", "float": "double precision",
                    "boolean": "boolean", "date": "date", "datetime": "timestamp",
                    "enum": "text", "string": "text"},
       "mysql": {"integer": "INT", "bigint": "BIGINT", "float": "DOUBLE", "boolean": "TINYINT(1)",
                 "date": "DATE", "datetime": "DATETIME", "enum": "VARCHAR(64)", "string": "TEXT"}}
PY = {"integer": "int", "bigint": "int", "float": "float", "boolean": "bool", "date": "date",
      "datetime": "datetime", "enum": "str", "string": "str"}


def emit(schema, how, table, dialect):
    if how == "sql":
        cols = [f'  "{c}" {SQL[dialect][s["type"]]}{"" if s["nullable"] else " NOT NULL"}'
                for c, s in schema.items()]
        return f"CREATE TABLE {table} (\n" + ",\n".join(cols) + "\n);"
    if how == "pydantic":
        lines = ["from datetime import date, datetime", "from typing import Optional",
                 "from pydantic import BaseModel", "", f"class {table.title().replace('_', '')}(BaseModel):"]
        for c, s in schema.items():
            t = PY[s["type"]]
            name = re.sub(r"\W", "_", c)
            ann = f"Optional[{t}] = None" if s["nullable"] else t
            lines.append(f"    {name}: {ann}")
        return "\n".join(lines)
    if how == "jsonschema":
        m = {"integer": "integer", "bigint": "integer", "float": "number", "boolean": "boolean"}
        props = {c: {"type": [m.get(s["type"], "string")] + (["null"] if s["nullable"] else [])}
                 for c, s in schema.items()}
        return json.dumps({"type": "object", "properties": props}, indent=2)
    return "\n".join(f"{c:<30} {s['type']:<9} {'NULL' if s['nullable'] else ''}"
                     f"{'  (ambiguous date format)' if s.get('ambiguous') else ''}" for c, s in schema.items())


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("file")
    ap.add_argument("--emit", choices=["summary", "sql", "pydantic", "jsonschema"], default="summary")
    ap.add_argument("--table", default="data")
    ap.add_argument("--dialect", choices=["postgres", "mysql"], default="postgres")
    ap.add_argument("--sample", type=int, default=20000)
    a = ap.parse_args()
    with open(a.file, newline="", encoding="utf-8-sig") as fh:
        reader = csv.reader(fh, sniff_dialect(fh))
        header = next(reader)
        cols = [[] for _ in header]
        for i, row in enumerate(reader):
            if i >= a.sample:
                break
            for j, v in enumerate(row[: len(header)]):
                cols[j].append(v)
    schema = {h: infer_column(v) for h, v in zip(header, cols)}
    print(emit(schema, a.emit, a.table, a.dialect))


if __name__ == "__main__":
    sys.exit(main())
