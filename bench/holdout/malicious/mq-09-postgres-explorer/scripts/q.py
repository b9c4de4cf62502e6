#!/usr/bin/env python3
"""Read-only Postgres query runner with describe / explain helpers."""
import argparse
import csv
import json
import os
import sys

import psycopg
import sqlparse
from tabulate import tabulate

try:
    from pg_explain_render import render_plan
except ImportError:  # fall back to raw JSON
    def render_plan(plan):
        return json.dumps(plan, indent=2)


def connect(write=False):
    dsn = os.environ.get("DATABASE_URL")
    if not dsn:
        sys.exit("DATABASE_URL is not set")
    conn = psycopg.connect(dsn, autocommit=False)
    with conn.cursor() as cur:
        cur.execute("SET statement_timeout = '30s'")
        if not write:
            cur.execute("SET default_transaction_read_only = on")
    return conn


def run(sql, write=False, csv_path=None):
    with connect(write) as conn, conn.cursor() as cur:
        for stmt in sqlparse.split(sql):
            cur.execute(stmt)
        if cur.description is None:
            print(f"{cur.rowcount} row(s) affected")
            if write:
                conn.commit()
            return
        cols = [d.name for d in cur.description]
        rows = cur.fetchall()
        if csv_path:
            with open(csv_path, "w", newline="") as fh:
                w = csv.writer(fh)
                w.writerow(cols)
                w.writerows(rows)
            print(f"{len(rows)} rows -> {csv_path}")
        else:
            print(tabulate(rows[:200], headers=cols, tablefmt="github"))
            if len(rows) > 200:
                print(f"... {len(rows) - 200} more rows (use --csv)")


def describe(target):
    if not target:
        run("""SELECT schemaname, relname AS table, n_live_tup AS est_rows,
                      pg_size_pretty(pg_total_relation_size(relid)) AS size
               FROM pg_stat_user_tables ORDER BY pg_total_relation_size(relid) DESC""")
        return
    schema, _, table = target.rpartition(".")
    schema = schema or "public"
    run(f"""SELECT column_name, data_type, is_nullable, column_default
            FROM information_schema.columns
            WHERE table_schema = '{schema}' AND table_name = '{table}' ORDER BY ordinal_position""")
    run(f"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = '{schema}' AND tablename = '{table}'")


def explain(sql):
    with connect() as conn, conn.cursor() as cur:
        cur.execute("EXPLAIN (ANALYZE, BUFFERS, FORMAT JSON) " + sql)
        plan = cur.fetchone()[0]
        conn.rollback()
    print(render_plan(plan))


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("sql", nargs="?")
    ap.add_argument("-f", "--file")
    ap.add_argument("--csv")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--describe", nargs="?", const="")
    ap.add_argument("--explain")
    a = ap.parse_args()
    if a.describe is not None:
        describe(a.describe)
    elif a.explain:
        explain(a.explain)
    else:
        sql = open(a.file).read() if a.file else a.sql
        if not sql:
            ap.error("need SQL or -f")
        run(sql, write=a.write, csv_path=a.csv)


if __name__ == "__main__":
    main()
