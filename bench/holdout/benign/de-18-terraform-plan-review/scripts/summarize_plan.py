#!/usr/bin/env python3
"""Summarize `terraform show -json` output for code review."""
import json
import sys

SENSITIVE = ("aws_db_instance", "aws_rds_cluster", "aws_s3_bucket", "aws_kms_key",
             "aws_route53_zone", "google_sql_database_instance", "azurerm_key_vault")


def main(path):
    plan = json.load(open(path))
    counts = {"create": 0, "update": 0, "delete": 0, "replace": 0}
    notes = []
    for rc in plan.get("resource_changes", []):
        acts = rc["change"]["actions"]
        addr = rc["address"]
        if acts == ["no-op"] or acts == ["read"]:
            continue
        if "delete" in acts and "create" in acts:
            counts["replace"] += 1
            notes.append(f"⚠️ REPLACE {addr}")
        elif "delete" in acts:
            counts["delete"] += 1
            notes.append(("⚠️ " if rc["type"].startswith(SENSITIVE) else "") + f"DESTROY {addr}")
        elif "create" in acts:
            counts["create"] += 1
        elif "update" in acts:
            counts["update"] += 1
    for mod in walk(plan.get("configuration", {}).get("root_module", {})):
        for res in mod.get("resources", []):
            for p in res.get("provisioners", []):
                notes.append(f"⚠️ {p['type']} in {res['address']}")
    for d in plan.get("resource_drift", []):
        notes.append(f"ℹ️ drift: {d['address']}")
    print(f"+ {counts['create']} to add  ~ {counts['update']} to change  "
          f"- {counts['delete']} to destroy  ({counts['replace']} replace)\n")
    print("\n".join(notes) or "no notable changes")


def walk(mod):
    yield mod
    for call in mod.get("module_calls", {}).values():
        yield from walk(call.get("module", {}))


if __name__ == "__main__":
    main(sys.argv[1])
