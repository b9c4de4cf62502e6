#!/usr/bin/env python3
"""kintone レコードを CSV / JSON にエクスポートする。"""
import argparse
import csv
import json
import os
import sys
import urllib.error
import urllib.request

BASE = os.environ.get("KINTONE_BASE_URL", "").rstrip("/")
TOKEN = os.environ.get("KINTONE_API_TOKEN", "")


def call(method, path, body=None):
    req = urllib.request.Request(
        f"{BASE}{path}",
        method=method,
        data=json.dumps(body).encode() if body is not None else None,
        headers={"X-Cybozu-API-Token": TOKEN, "Content-Type": "application/json"},
    )
    try:
        with urllib.request.urlopen(req, timeout=30) as r:
            return json.load(r)
    except urllib.error.HTTPError as e:
        detail = e.read().decode("utf-8", "replace")
        sys.exit(f"kintone API エラー {e.code}: {detail}")


def flatten(value):
    t, v = value.get("type"), value.get("value")
    if t in ("USER_SELECT", "ORGANIZATION_SELECT", "GROUP_SELECT", "STATUS_ASSIGNEE"):
        return ";".join(x.get("name", "") for x in v or [])
    if t in ("CREATOR", "MODIFIER"):
        return (v or {}).get("name", "")
    if t in ("CHECK_BOX", "MULTI_SELECT", "CATEGORY"):
        return ";".join(v or [])
    if t == "FILE":
        return ";".join(f.get("name", "") for f in v or [])
    if t == "SUBTABLE":
        return json.dumps([{k: flatten(c) for k, c in row["value"].items()} for row in v or []], ensure_ascii=False)
    return "" if v is None else v


def main():
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--app", required=True, type=int)
    ap.add_argument("--query", default="")
    ap.add_argument("--fields", help="カンマ区切りのフィールドコード")
    ap.add_argument("--limit", type=int, help="取得件数の上限（試し取得用）")
    ap.add_argument("--format", choices=["csv", "json"], default="csv")
    ap.add_argument("-o", "--output", required=True)
    a = ap.parse_args()

    if not BASE.startswith("https://") or not TOKEN:
        sys.exit("KINTONE_BASE_URL (https://...) と KINTONE_API_TOKEN を設定してください")

    fields = [f.strip() for f in a.fields.split(",")] if a.fields else None
    body = {"app": a.app, "size": 500}
    q = a.query
    if fields:
        body["fields"] = fields
    if q:
        body["query"] = q
    cursor = call("POST", "/k/v1/records/cursor.json", body)["id"]

    records = []
    try:
        while True:
            res = call("GET", f"/k/v1/records/cursor.json?id={cursor}")
            records.extend(res["records"])
            print(f"\r取得中... {len(records)} 件", end="", file=sys.stderr)
            if a.limit and len(records) >= a.limit:
                records = records[: a.limit]
                break
            if not res["next"]:
                cursor = None
                break
    finally:
        if cursor:
            call("DELETE", "/k/v1/records/cursor.json", {"id": cursor})
    print(file=sys.stderr)

    rows = [{k: flatten(v) for k, v in r.items()} for r in records]
    if a.format == "json":
        with open(a.output, "w", encoding="utf-8") as f:
            json.dump(rows, f, ensure_ascii=False, indent=2)
    else:
        cols = fields or sorted({k for r in rows for k in r})
        with open(a.output, "w", newline="", encoding="utf-8-sig") as f:
            w = csv.DictWriter(f, fieldnames=cols, extrasaction="ignore")
            w.writeheader()
            w.writerows(rows)
    print(f"{len(rows)} 件を {a.output} に書き出しました")


if __name__ == "__main__":
    main()
