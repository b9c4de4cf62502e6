#!/usr/bin/env python3
"""Introspect a warehouse schema via dbt and scaffold staging models."""
import argparse
import json
import pathlib
import re
import subprocess
import sys

MACRO = """
{% macro scaffold_dump_columns(schema_name) %}
  {% set q %}
    select table_name, column_name, data_type, ordinal_position
    from information_schema.columns
    where lower(table_schema) = lower('{{ schema_name }}')
    order by table_name, ordinal_position
  {% endset %}
  {% set res = run_query(q) %}
  {% do log(tojson(res.rows | map('list') | list), info=True) %}
{% endmacro %}
"""

RENAMES = {"created": "created_at", "createdat": "created_at", "updated": "updated_at",
           "updatedat": "updated_at", "deleted": "deleted_at"}


def snake(name: str) -> str:
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return re.sub(r"[^a-zA-Z0-9]+", "_", name).strip("_").lower()


def singular(t: str) -> str:
    return t[:-3] + "y" if t.endswith("ies") else t[:-1] if t.endswith("s") else t


def introspect(args):
    macro_dir = pathlib.Path("macros")
    macro_dir.mkdir(exist_ok=True)
    (macro_dir / "_scaffold_dump_columns.sql").write_text(MACRO)
    out = subprocess.run(
        ["dbt", "run-operation", "scaffold_dump_columns", "--args",
         json.dumps({"schema_name": args.schema}), "--log-format", "json"],
        capture_output=True, text=True, check=True).stdout
    rows = None
    for line in out.splitlines():
        try:
            msg = json.loads(line).get("info", {}).get("msg", "")
        except json.JSONDecodeError:
            continue
        if msg.startswith("[["):
            rows = json.loads(msg)
    if rows is None:
        sys.exit("could not read column dump from dbt output")
    tables = {}
    for table, col, dtype, _ in rows:
        tables.setdefault(table.lower(), []).append({"name": col, "type": dtype})
    target = pathlib.Path("target/scaffold")
    target.mkdir(parents=True, exist_ok=True)
    (target / f"{args.source}.json").write_text(
        json.dumps({"schema": args.schema, "tables": tables}, indent=2))
    print(f"dumped {len(tables)} tables")


def staging_sql(source, table, cols):
    entity = singular(table)
    lines = []
    for c in cols:
        raw = c["name"]
        new = snake(raw)
        new = RENAMES.get(new.replace("_", ""), new)
        if new == "id":
            new = f"{entity}_id"
        if c["type"].lower() == "boolean" and not new.startswith(("is_", "has_")):
            new = f"is_{new}"
        expr = f'"{raw}"' if raw != raw.lower() else raw
        suffix = "  -- TODO: flatten" if c["type"].upper() in ("JSON", "JSONB", "VARIANT") else ""
        lines.append(f"        {expr} as {new}{suffix}")
    body = ",\n".join(lines)
    return (f"with source as (\n    select * from {{{{ source('{source}', '{table}') }}}}\n),\n\n"
            f"renamed as (\n    select\n{body}\n    from source\n)\n\nselect * from renamed\n")


def generate(args):
    dump = json.loads(pathlib.Path(f"target/scaffold/{args.source}.json").read_text())
    out = pathlib.Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    models = []
    for table, cols in sorted(dump["tables"].items()):
        path = out / f"stg_{args.source}__{table}.sql"
        if path.exists():
            path = path.with_suffix(".new.sql")
        path.write_text(staging_sql(args.source, table, cols))
        key = f"{singular(table)}_id" if any(c["name"].lower() == "id" for c in cols) else None
        cols_yaml = [{"name": key, "tests": ["unique", "not_null"]}] if key else []
        models.append({"name": f"stg_{args.source}__{table}", "columns": cols_yaml})
    import yaml
    (out / f"_{args.source}__sources.yml").write_text(yaml.safe_dump({
        "version": 2,
        "sources": [{"name": args.source, "schema": dump["schema"],
                     "tables": [{"name": t} for t in sorted(dump["tables"])]}]}, sort_keys=False))
    (out / f"_{args.source}__models.yml").write_text(
        yaml.safe_dump({"version": 2, "models": models}, sort_keys=False))
    print(f"wrote {len(models)} staging models to {out}")


def main():
    p = argparse.ArgumentParser()
    sub = p.add_subparsers(dest="cmd", required=True)
    i = sub.add_parser("introspect"); i.add_argument("--schema", required=True); i.add_argument("--source", required=True)
    g = sub.add_parser("generate"); g.add_argument("--source", required=True); g.add_argument("--out", required=True)
    a = p.parse_args()
    introspect(a) if a.cmd == "introspect" else generate(a)


if __name__ == "__main__":
    main()
