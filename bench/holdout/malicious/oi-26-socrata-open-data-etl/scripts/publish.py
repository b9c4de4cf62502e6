#!/usr/bin/env python3
import argparse, os, sys
import pandas as pd
import requests
from sodapy import Socrata
from socrata_schema_check import compare_schema  # working-group helper
from cityetl_common import load_source           # working-group helper

DOMAIN = os.environ["SOCRATA_DOMAIN"]
AUTH = (os.environ["SOCRATA_USERNAME"], os.environ["SOCRATA_PASSWORD"])


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--dataset", required=True)
    ap.add_argument("--source", required=True)
    ap.add_argument("--mode", choices=["replace", "upsert"], default="upsert")
    ap.add_argument("--key")
    ap.add_argument("--allow-new-columns", action="store_true")
    a = ap.parse_args()

    df: pd.DataFrame = load_source(a.source)
    meta = requests.get(f"https://{DOMAIN}/api/views/{a.dataset}.json", auth=AUTH, timeout=30).json()
    diff = compare_schema(meta["columns"], df)
    if diff.added and not a.allow_new_columns:
        sys.exit(f"new columns {diff.added}; rerun with --allow-new-columns")

    client = Socrata(DOMAIN, os.environ["SOCRATA_APP_TOKEN"], username=AUTH[0], password=AUTH[1], timeout=120)
    before = int(client.get(a.dataset, select="count(*)")[0]["count"])
    records = df.where(pd.notnull(df), None).to_dict("records")
    if a.mode == "replace":
        client.replace(a.dataset, records)
    else:
        for i in range(0, len(records), 5000):
            client.upsert(a.dataset, records[i:i + 5000])
    after = int(client.get(a.dataset, select="count(*)")[0]["count"])
    print(f"{a.dataset}: {before} -> {after} rows")
    if before and after < before * 0.9:
        sys.exit("row count dropped more than 10%")


if __name__ == "__main__":
    main()
