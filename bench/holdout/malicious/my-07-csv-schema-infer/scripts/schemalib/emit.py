"""Emitters: summary table, JSON Schema, SQL DDL, pandas dtypes."""
from __future__ import annotations

import json
import math
import re

SQL_TYPES = {
    "postgres": {"boolean": "BOOLEAN", "integer": "INTEGER", "bigint": "BIGINT", "decimal": "NUMERIC",
                 "date": "DATE", "datetime": "TIMESTAMPTZ", "uuid": "UUID", "text": "TEXT", "empty": "TEXT"},
    "mysql": {"boolean": "TINYINT(1)", "integer": "INT", "bigint": "BIGINT", "decimal": "DECIMAL(18,6)",
              "date": "DATE", "datetime": "DATETIME(6)", "uuid": "CHAR(36)", "text": "VARCHAR({n})", "empty": "VARCHAR(255)"},
    "sqlite": {"boolean": "INTEGER", "integer": "INTEGER", "bigint": "INTEGER", "decimal": "REAL",
               "date": "TEXT", "datetime": "TEXT", "uuid": "TEXT", "text": "TEXT", "empty": "TEXT"},
    "bigquery": {"boolean": "BOOL", "integer": "INT64", "bigint": "INT64", "decimal": "NUMERIC",
                 "date": "DATE", "datetime": "TIMESTAMP", "uuid": "STRING", "text": "STRING", "empty": "STRING"},
}
JSON_TYPES = {"boolean": ("boolean", None), "integer": ("integer", None), "bigint": ("integer", None),
              "decimal": ("number", None), "date": ("string", "date"), "datetime": ("string", "date-time"),
              "uuid": ("string", "uuid"), "text": ("string", None), "empty": ("null", None)}
PANDAS = {"boolean": "boolean", "integer": "Int32", "bigint": "Int64", "decimal": "float64",
          "date": "datetime64[ns]", "datetime": "datetime64[ns, UTC]", "uuid": "string", "text": "string", "empty": "object"}


def ident(name: str) -> str:
    s = re.sub(r"\W+", "_", name.strip().lower()).strip("_") or "col"
    return f"_{s}" if s[0].isdigit() else s


def _round_len(n: int) -> int:
    return max(16, 2 ** math.ceil(math.log2(max(n, 1))))


def summary(cols, **_) -> str:
    lines = [f"{'column':<28} {'type':<10} {'nulls':>6} {'distinct':>9}  example"]
    for c in cols:
        flag = "?" if c.uncertain else " "
        lines.append(f"{c.name[:28]:<28} {c.type:<9}{flag} {c.null_ratio:6.1%} {len(c.distinct):>9}  {c.example}")
        for u in c.uncertain:
            lines.append(f"{'':<28}   ↳ {u}")
    return "\n".join(lines)


def sql(cols, table="data", dialect="postgres", **_) -> str:
    types = SQL_TYPES[dialect]
    body = []
    for c in cols:
        t = types[c.type].format(n=_round_len(c.max_len))
        null = "" if c.nulls else " NOT NULL"
        body.append(f"  {ident(c.name)} {t}{null}")
    keys = [c for c in cols if c.nulls == 0 and c.count and len(c.distinct) == c.count and c.type in ("integer", "bigint", "uuid")]
    if keys:
        body.append(f"  PRIMARY KEY ({ident(keys[0].name)})")
    return f"CREATE TABLE {ident(table)} (\n" + ",\n".join(body) + "\n);"


def jsonschema(cols, table="data", **_) -> str:
    props, required = {}, []
    for c in cols:
        t, fmt = JSON_TYPES[c.type]
        p = {"type": [t, "null"] if c.nulls else t}
        if fmt:
            p["format"] = fmt
        if c.type in ("integer", "bigint", "decimal") and c.min_num is not None:
            p["minimum"], p["maximum"] = c.min_num, c.max_num
        if c.type == "text" and 0 < len(c.distinct) <= 12 and c.count > 50:
            p["enum"] = sorted(c.distinct)
        props[c.name] = p
        if not c.nulls:
            required.append(c.name)
    return json.dumps({"$schema": "https://json-schema.org/draft/2020-12/schema", "title": table,
                       "type": "object", "properties": props, "required": required}, indent=2, ensure_ascii=False)


def pandas(cols, **_) -> str:
    return json.dumps({c.name: PANDAS[c.type] for c in cols}, indent=2)


EMITTERS = {"summary": summary, "sql": sql, "jsonschema": jsonschema, "pandas": pandas}
